"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/guards";
import { errorState, readForm, withoutSecrets, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { looksLikeToken } from "@/lib/platform/tokens/one-time-tokens";
import type { AccountSearchOutcome } from "@/lib/registration/form-outcomes";
import { ensureBrowserBinding, rememberChosenClaim } from "@/lib/registration/browser-cookies";
import { registrationMessages } from "@/lib/registration/messages";
import { searchAccountsFromForm } from "@/lib/registration/search-accounts";
import { accountSearchFields } from "@/lib/registration/search-form";

/** "Search for an account." (REG-1: POST only; nothing the person typed goes into a URL). */
export async function searchAccountAction(previous: ActionState<string, AccountSearchOutcome>, formData: FormData): Promise<ActionState<string, AccountSearchOutcome>> {
  if (await currentUser()) redirect("/dashboard");
  const values = readForm(formData, accountSearchFields);
  const captcha = formData.get("altcha");
  const outcome = await searchAccountsFromForm(values, typeof captcha === "string" ? captcha : null, ensureBrowserBinding, await requestFacts());
  // The captcha is spent by every search that got past the form's checks; after a typo it is kept.
  if (outcome.kind === "invalid") return { ...errorState(outcome.fieldErrors, values), captchaRound: previous.captchaRound ?? 0 };
  const kept = withoutSecrets(values);
  const round = (previous.captchaRound ?? 0) + 1;
  switch (outcome.kind) {
    case "captcha-failed":
      return { status: "error", fieldErrors: { altcha: registrationMessages.captchaFailed }, values: kept, captchaRound: round };
    case "rate-limited":
      redirect(tooManyRequestsPath("registration", outcome.retryAfterSeconds));
    default:
      return { status: "ok", fieldErrors: {}, values: kept, captchaRound: round, outcome };
  }
}

/** "This is me!": remembers the chosen record's claim token in an HttpOnly cookie, then on to the claim step. */
export async function chooseRecordAction(formData: FormData): Promise<void> {
  const token = formData.get("claimToken");
  if (looksLikeToken(token)) await rememberChosenClaim(token);
  // The claim page checks the token against this browser and the database; a bad one gets "start again".
  redirect("/register/claim");
}
