"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { currentUser } from "@/lib/auth/guards";
import { errorState, readForm } from "@/lib/platform/forms/form-state";
import { claimFields } from "@/lib/registration/account-form";
import type { AccountFormState } from "@/lib/registration/action-states";
import { forgetChosenClaim, readBrowserBinding, readChosenClaim, requestContext } from "@/lib/registration/browser-cookies";
import { registrationTooManyRequestsPath } from "@/lib/registration/limits";
import { claimRecord } from "@/lib/registration/claim-record";

/** "Now enter your account information." → the account, then signed in and on to the dashboard. */
export async function claimAccountAction(previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
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
