"use server";

import { requestFacts } from "@/lib/platform/request/request-facts";
import { confirmEmailChange, type EmailChangeOutcome } from "@/lib/profile/email-change";

export type ConfirmEmailChangeState = { outcome?: EmailChangeOutcome };

/** "Confirm my new email address": the token arrives in the POST body, so only a person pressing the button uses it. */
export async function confirmEmailChangeAction(_previous: ConfirmEmailChangeState, formData: FormData): Promise<ConfirmEmailChangeState> {
  const token = formData.get("token");
  return { outcome: await confirmEmailChange(typeof token === "string" ? token : undefined, await requestFacts()) };
}
