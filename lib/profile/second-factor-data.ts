import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { signedInAtFor } from "@/lib/auth/recent-sign-in";
import type { ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { confirmAuthenticatorFor, removeTwoStepFor, renewRecoveryCodesFor, startAuthenticatorSetupFor, twoStepPromptFor, twoStepStatusFor, type RecoveryCodesOutcome } from "./second-factor";

/**
 * The profile's two-step sign-in data functions: the person from the session (requireUser), the time
 * of their last sign-in from the same session's JWT (SES-7), never an id from the browser.
 */
export async function myTwoStep() {
  const user = await requireUser();
  return twoStepStatusFor(user.id, await signedInAtFor(user.id));
}

export async function startAuthenticatorSetup(): Promise<ActionState> {
  const user = await requireUser();
  return startAuthenticatorSetupFor(user.id, await requestFacts());
}

export async function confirmAuthenticator(values: Record<string, string>): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const user = await requireUser();
  return confirmAuthenticatorFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}

export async function renewRecoveryCodes(values: Record<string, string>): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const user = await requireUser();
  return renewRecoveryCodesFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}

export async function removeTwoStep(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return removeTwoStepFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}

/**
 * What the dashboard says about two-step sign-in (MFA-9): "required" where the agency requires it
 * and the person has none (the page sends them to set it up), "offer" for a prompt, null when it is on.
 */
export async function myTwoStepPrompt(): Promise<"required" | "offer" | null> {
  const user = await requireUser();
  return twoStepPromptFor(user.id);
}
