"use server";
import { startFirstSession } from "@/lib/auth/first-session";
import { completeSecondStep, completeSecondStepWithPasskey, secondStepPasskeyOptions, type SecondStepResult } from "@/lib/auth/second-step-sign-in";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";

async function sessionOrState(result: SecondStepResult): Promise<ActionState> {
  if (result.kind === "session") await startFirstSession(result.created);
  return result.kind === "refused" ? { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: {} } : { status: "idle", fieldErrors: {}, values: {} };
}

/** The sign-in's second step: a code from the authenticator app or a recovery code, then the session. */
export async function secondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, ["code", "remember"]);
  return sessionOrState(await completeSecondStep(values.code, { remember: values.remember === "yes" }));
}

/** "Use a passkey", step one: the options for this browser's passkey dialog (only with a live second-step ticket). */
export async function passkeyStepOptionsAction(): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  return secondStepPasskeyOptions();
}

/** "Use a passkey", step two: the passkey's answer, then the session. */
export async function passkeyStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, ["passkeyResponse", "remember"]);
  return sessionOrState(await completeSecondStepWithPasskey(values.passkeyResponse, { remember: values.remember === "yes" }));
}
