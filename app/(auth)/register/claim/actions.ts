"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { currentUser } from "@/lib/auth/guards";
import { errorState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { claimFields } from "@/lib/registration/account-form";
import type { AccountFormOutcome } from "@/lib/registration/form-outcomes";
import { forgetChosenClaim, readBrowserBinding, readChosenClaim, requestContext } from "@/lib/registration/browser-cookies";
import { registrationTooManyRequestsPath } from "@/lib/registration/limits";
import { claimRecord } from "@/lib/registration/claim-record";

/** "Now enter your account information." → the account, then signed in and on to the dashboard. */
export async function claimAccountAction(previous: ActionState<string, AccountFormOutcome>, formData: FormData): Promise<ActionState<string, AccountFormOutcome>> {
  if (await currentUser()) redirect("/dashboard");
  const values = readForm(formData, claimFields);
  const outcome = await claimRecord(await readChosenClaim(), await readBrowserBinding(), values, await requestContext());
  if (outcome.kind === "rate-limited") redirect(registrationTooManyRequestsPath(outcome.retryAfterSeconds));
  if (outcome.kind === "invalid") return { ...errorState(outcome.fieldErrors, values), captchaRound: previous.captchaRound };
  if (outcome.kind !== "created") {
    return { ...errorState({}, values), outcome: { kind: outcome.kind === "claim-invalid" ? "claim-invalid" : outcome.kind }, captchaRound: previous.captchaRound };
  }
  await forgetChosenClaim();
  // Outside any try/catch: signIn finishes by throwing Next's redirect.
  await signIn("credentials", { username: outcome.username, password: values.password, redirectTo: "/dashboard" });
  return previous;
}
