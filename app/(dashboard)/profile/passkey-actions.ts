"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { beginPasskey, finishPasskey, removeMyPasskey, renameSecondFactor } from "@/lib/profile/passkeys-data";
import type { PasskeyOptionsOutcome } from "@/lib/profile/passkeys";
import type { RecoveryCodesOutcome } from "@/lib/profile/second-factor";

/** Step one of adding a passkey: the name and (SES-7) the password; answers with the browser's options. */
export async function beginPasskeyAction(_previous: ActionState<string, PasskeyOptionsOutcome>, formData: FormData): Promise<ActionState<string, PasskeyOptionsOutcome>> {
  return beginPasskey(readForm(formData, ["passkeyName", "currentPassword"]));
}

/** Step two: the authenticator's answer (JSON from @simplewebauthn/browser). Recovery codes come back once for a first factor. */
export async function finishPasskeyAction(_previous: ActionState<string, RecoveryCodesOutcome>, formData: FormData): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const state = await finishPasskey(readForm(formData, ["passkeyName", "passkeyResponse"]));
  if (state.status === "ok") revalidatePath("/profile");
  return state;
}

export async function renameSecondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await renameSecondFactor(readForm(formData, ["methodId", "methodName"]));
  if (state.status === "ok") redirect("/profile?security=renamed#two-step");
  return state;
}

export async function removePasskeyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await removeMyPasskey(readForm(formData, ["passkeyId", "currentPassword"]));
  if (state.status === "ok") redirect("/profile?security=passkey-removed#two-step");
  return state;
}
