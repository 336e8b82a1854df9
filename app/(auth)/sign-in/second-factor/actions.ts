"use server";
import { startFirstSession } from "@/lib/auth/first-session";
import { completeSecondStep } from "@/lib/auth/second-step-sign-in";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";

/** The sign-in's second step: a code from the authenticator app or a recovery code, then the session. */
export async function secondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await completeSecondStep(readForm(formData, ["code"]).code);
  if (result.kind === "session") await startFirstSession(result.created);
  return result.kind === "refused" ? { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: {} } : { status: "idle", fieldErrors: {}, values: {} };
}
