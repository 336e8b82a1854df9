"use server";

import { requestFacts } from "@/lib/platform/request/request-facts";
import { outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { confirmEmailChange, type EmailChangeOutcome } from "@/lib/profile/email-change";

/** "Confirm my new email address": the token arrives in the POST body, so only a person pressing the button uses it. */
export async function confirmEmailChangeAction(_previous: ActionState<never, EmailChangeOutcome>, formData: FormData): Promise<ActionState<never, EmailChangeOutcome>> {
  const token = formData.get("token");
  return outcomeState(await confirmEmailChange(typeof token === "string" ? token : undefined, await requestFacts()));
}
