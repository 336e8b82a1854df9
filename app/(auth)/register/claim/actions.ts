"use server";

import { redirect } from "next/navigation";
import { startFirstSession } from "@/lib/auth/first-session";
import { currentUser } from "@/lib/auth/guards";
import { settlePendingMicrosoftLink } from "@/lib/auth/microsoft-link";
import { errorState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { linkChosen } from "@/lib/registration/account-form";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { claimFields } from "@/lib/registration/account-form";
import type { AccountFormOutcome } from "@/lib/registration/form-outcomes";
import { forgetChosenClaim, readBrowserBinding, readChosenClaim } from "@/lib/registration/browser-cookies";
import { claimRecord } from "@/lib/registration/claim-record";

/** "Now enter your account information." → the account, then signed in and on to the dashboard. */
export async function claimAccountAction(previous: ActionState<string, AccountFormOutcome>, formData: FormData): Promise<ActionState<string, AccountFormOutcome>> {
  if (await currentUser()) redirect("/dashboard");
  const values = { ...readForm(formData, claimFields), linkMicrosoft: linkChosen(formData) };
  const request = await requestFacts();
  const outcome = await claimRecord(await readChosenClaim(), await readBrowserBinding(), values, request);
  if (outcome.kind === "rate-limited") redirect(tooManyRequestsPath("registration", outcome.retryAfterSeconds));
  if (outcome.kind === "invalid") return { ...errorState(outcome.fieldErrors, values), captchaRound: previous.captchaRound };
  if (outcome.kind !== "created") {
    return { ...errorState({}, values), outcome: { kind: outcome.kind === "claim-invalid" ? "claim-invalid" : outcome.kind }, captchaRound: previous.captchaRound };
  }
  await forgetChosenClaim();
  // A Microsoft identity this browser brought along is linked only if the person ticked it (AJS-7, issue 11 item 6).
  const linked = await settlePendingMicrosoftLink(outcome.userId, values.linkMicrosoft === "yes", request);
  // Outside any try/catch: the session starts from the account's ticket and ends by throwing Next's redirect.
  await startFirstSession(outcome, linked ? "/dashboard?linked=microsoft" : "/dashboard");
  return previous;
}
