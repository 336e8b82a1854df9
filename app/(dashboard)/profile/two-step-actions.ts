"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { confirmAuthenticator, removeTwoStep, renewRecoveryCodes, startAuthenticatorSetup } from "@/lib/profile/second-factor-data";
import type { RecoveryCodesOutcome } from "@/lib/profile/second-factor";

const codeFields = ["code", "currentPassword"] as const;

/**
 * Makes a pending secret; the redirect renders the panel with its QR code and key. A new address
 * (not only a new #hash) and the revalidation make the router fetch the page again.
 */
export async function startAuthenticatorSetupAction(): Promise<void> {
  await startAuthenticatorSetup();
  revalidatePath("/profile");
  redirect("/profile?two-step=setup#two-step");
}

/** Answers in place (no redirect): the recovery codes in the outcome are shown this once. */
export async function confirmAuthenticatorAction(_previous: ActionState<string, RecoveryCodesOutcome>, formData: FormData): Promise<ActionState<string, RecoveryCodesOutcome>> {
  return confirmAuthenticator(readForm(formData, codeFields));
}

export async function renewRecoveryCodesAction(_previous: ActionState<string, RecoveryCodesOutcome>, formData: FormData): Promise<ActionState<string, RecoveryCodesOutcome>> {
  return renewRecoveryCodes(readForm(formData, ["currentPassword"]));
}

export async function removeTwoStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await removeTwoStep(readForm(formData, ["currentPassword"]));
  if (state.status === "ok") redirect("/profile?security=two-step-off#security");
  return state;
}
