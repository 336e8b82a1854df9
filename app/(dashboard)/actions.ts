"use server";

import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guards";
import { resendConfirmationEmail, type ResendOutcome } from "@/lib/registration/email-confirmation";

/** "Sign out" is a POST (NX-10), never a link. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export type ResendState = { outcome?: ResendOutcome };

/** "Resend confirmation email": only ever to the signed-in person's own address, rate limited (RL-7). */
export async function resendConfirmationAction(): Promise<ResendState> {
  const { id } = await requireUser();
  return { outcome: await resendConfirmationEmail(id) };
}
