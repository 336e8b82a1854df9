"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { currentUser } from "@/lib/auth/guards";
import { errorState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { createFields } from "@/lib/registration/account-form";
import type { AccountFormOutcome } from "@/lib/registration/form-outcomes";
import { requestContext } from "@/lib/registration/browser-cookies";
import { registrationTooManyRequestsPath } from "@/lib/registration/limits";
import { createAccountWithRecord } from "@/lib/registration/create-account";

/** "Create new account": the record and its account, then signed in and on to the dashboard. */
export async function createAccountAction(previous: ActionState<string, AccountFormOutcome>, formData: FormData): Promise<ActionState<string, AccountFormOutcome>> {
  if (await currentUser()) redirect("/dashboard");
  const values = readForm(formData, createFields);
  const captcha = formData.get("altcha");
  const outcome = await createAccountWithRecord(values, typeof captcha === "string" ? captcha : null, await requestContext());
  // A spent captcha is replaced by a fresh one for the next try; after a typo the solved one is kept.
  const spent = outcome.kind !== "invalid" || outcome.captchaSpent;
  const round = (previous.captchaRound ?? 0) + (spent ? 1 : 0);
  if (outcome.kind === "rate-limited") redirect(registrationTooManyRequestsPath(outcome.retryAfterSeconds));
  if (outcome.kind === "invalid") return { ...errorState(outcome.fieldErrors, values), captchaRound: round };
  if (outcome.kind !== "created") return { ...errorState({}, values), outcome: { kind: outcome.kind }, captchaRound: round };
  await signIn("credentials", { username: outcome.username, password: values.password, redirectTo: "/dashboard" });
  return previous;
}
