"use server";

import { requestFacts } from "@/lib/platform/request/request-facts";
import { confirmEmail, type ConfirmOutcome } from "@/lib/registration/email-confirmation";

export type ConfirmState = { outcome?: ConfirmOutcome };

/** "Confirm my email": the token arrives in the POST body, so only a person pressing the button uses it. */
export async function confirmEmailAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = formData.get("token");
  return { outcome: await confirmEmail(typeof token === "string" ? token : undefined, await requestFacts()) };
}
