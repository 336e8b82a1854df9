"use server";

import { requireUser } from "@/lib/auth/guards";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { resendConfirmationEmail, type ResendOutcome } from "@/lib/registration/email-confirmation";

/** "Resend confirmation email": only ever to the signed-in person's own address, rate limited (RL-7). */
export async function resendConfirmationAction(): Promise<ActionState<never, ResendOutcome>> {
  const { id } = await requireUser();
  return outcomeState(await resendConfirmationEmail(id, await requestFacts()));
}
