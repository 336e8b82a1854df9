"use server";

import { requireUser } from "@/lib/auth/guards";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { resendConfirmationEmail, type ResendOutcome } from "@/lib/registration/email-confirmation";

export type ResendState = { outcome?: ResendOutcome };

/** "Resend confirmation email": only ever to the signed-in person's own address, rate limited (RL-7). */
export async function resendConfirmationAction(): Promise<ResendState> {
  const { id } = await requireUser();
  return { outcome: await resendConfirmationEmail(id, await requestFacts()) };
}
