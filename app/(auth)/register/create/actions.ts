"use server";

import { redirect } from "next/navigation";
import { startFirstSession } from "@/lib/auth/first-session";
import { currentUser } from "@/lib/auth/guards";
import { settlePendingMicrosoftLink } from "@/lib/auth/microsoft-link";
import { errorState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { linkChosen } from "@/lib/registration/account-form";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { createFields } from "@/lib/registration/account-form";
import type { AccountFormOutcome } from "@/lib/registration/form-outcomes";
import { createAccountWithRecord } from "@/lib/registration/create-account";

/** "Create new account": the record and its account, then signed in and on to the dashboard. */
export async function createAccountAction(previous: ActionState<string, AccountFormOutcome>, formData: FormData): Promise<ActionState<string, AccountFormOutcome>> {
  if (await currentUser()) redirect("/dashboard");
  const values = { ...readForm(formData, createFields), linkMicrosoft: linkChosen(formData) };
  const captcha = formData.get("altcha");
  const request = await requestFacts();
  const outcome = await createAccountWithRecord(values, typeof captcha === "string" ? captcha : null, request);
  // A spent captcha is replaced by a fresh one for the next try; after a typo the solved one is kept.
  const spent = outcome.kind !== "invalid" || outcome.captchaSpent;
  const round = (previous.captchaRound ?? 0) + (spent ? 1 : 0);
  if (outcome.kind === "rate-limited") redirect(tooManyRequestsPath("registration", outcome.retryAfterSeconds));
  if (outcome.kind === "invalid") return { ...errorState(outcome.fieldErrors, values), captchaRound: round };
  if (outcome.kind !== "created") return { ...errorState({}, values), outcome: { kind: outcome.kind }, captchaRound: round };
  // A Microsoft identity this browser brought along is linked only if the person ticked it (AJS-7, issue 11 item 6).
  const linked = await settlePendingMicrosoftLink(outcome.userId, values.linkMicrosoft === "yes", request);
  // Outside any try/catch: the session starts from the account's ticket and ends by throwing Next's redirect.
  await startFirstSession(outcome, linked ? "/dashboard?linked=microsoft" : "/dashboard");
  return previous;
}
