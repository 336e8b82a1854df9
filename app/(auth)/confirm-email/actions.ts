"use server";

import { requestFacts } from "@/lib/platform/request/request-facts";
import { outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { confirmEmail, type ConfirmOutcome } from "@/lib/registration/email-confirmation";

/** "Confirm my email": the token arrives in the POST body, so only a person pressing the button uses it. */
export async function confirmEmailAction(_previous: ActionState<never, ConfirmOutcome>, formData: FormData): Promise<ActionState<never, ConfirmOutcome>> {
  const token = formData.get("token");
  return outcomeState(await confirmEmail(typeof token === "string" ? token : undefined, await requestFacts()));
}
