"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/guards";
import { fromZodError, readForm, withoutSecrets } from "@/lib/platform/forms/form-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import type { SearchState } from "@/lib/registration/action-states";
import { ensureBrowserBinding, rememberChosenClaim } from "@/lib/registration/browser-cookies";
import { CAPTCHA_FAILED } from "@/lib/registration/create-account";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { searchForAccount } from "@/lib/registration/search-accounts";
import { accountSearchFields, accountSearchSchema } from "@/lib/registration/search-form";
import { looksLikeToken } from "@/lib/platform/tokens/one-time-tokens";

/** "Search for an account." (REG-1: POST only; nothing the person typed goes into a URL). */
export async function searchAccountAction(previous: SearchState, formData: FormData): Promise<SearchState> {
  if (await currentUser()) redirect("/dashboard");
  const values = readForm(formData, accountSearchFields);
  const parsed = accountSearchSchema.safeParse(values);
  if (!parsed.success) return { ...fromZodError(parsed.error, values), captchaRound: previous.captchaRound };

  const captcha = formData.get("altcha");
  const outcome = await searchForAccount(parsed.data, typeof captcha === "string" ? captcha : null, await ensureBrowserBinding(), await requestFacts());
  const kept = withoutSecrets(values);
  const round = previous.captchaRound + 1;
  switch (outcome.kind) {
    case "captcha-failed":
      return { status: "error", fieldErrors: { altcha: CAPTCHA_FAILED }, values: kept, captchaRound: round };
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
