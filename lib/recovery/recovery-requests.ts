import "server-only";
import { z } from "zod";
import { errorState, fieldErrorsOf, type ActionState } from "@/lib/platform/forms/action-state";
import { tooManyRequests } from "@/lib/platform/forms/messages";
import { sendUsernameReminder } from "./forgot-username";
import { recoveryMessages as text } from "./messages";
import { requestPasswordReset } from "./request-password-reset";
import type { RequestFacts } from "@/lib/platform/request/request-facts";

/** What a one-field recovery request comes to; the page says the same for every sent request (TOK-5). */
export type RecoveryRequestOutcome =
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "sent" };

/** The one field of each form (the authorization scanner reads these lists too). */
export const forgotUsernameFields = ["email"] as const;
export const forgotPasswordFields = ["identifier"] as const;

/** Trimmed and cut at an address's longest length before anything else looks at it. */
const typed = z.string().transform((value) => value.trim().slice(0, 254));

export const forgotUsernameSchema = z.object({
  email: typed.pipe(z.string().min(1, text.enterEmail).pipe(z.email(text.emailFormat))),
});
export const forgotPasswordSchema = z.object({ identifier: typed.pipe(z.string().min(1, text.enterIdentifier)) });

/** "Forgot Username?": the address is checked, then the reminder goes out (or the limiter says wait). */
export async function askForUsernameReminder(values: { email: string }, request: RequestFacts): Promise<RecoveryRequestOutcome> {
  const parsed = forgotUsernameSchema.safeParse(values);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const gate = await sendUsernameReminder(parsed.data.email, request);
  return gate.allowed ? { kind: "sent" } : { kind: "rate-limited", retryAfterSeconds: gate.retryAfterSeconds };
}

/** "Forgot Password?" with a username or an email address. */
export async function askForPasswordReset(values: { identifier: string }, request: RequestFacts): Promise<RecoveryRequestOutcome> {
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const gate = await requestPasswordReset(parsed.data.identifier, request);
  return gate.allowed ? { kind: "sent" } : { kind: "rate-limited", retryAfterSeconds: gate.retryAfterSeconds };
}

/** How both recovery actions turn the outcome into the form's state: "sent" replaces the form. */
export function recoveryAnswer(outcome: RecoveryRequestOutcome, values: Record<string, string>): ActionState {
  if (outcome.kind === "invalid") return errorState(outcome.fieldErrors, values);
  if (outcome.kind === "rate-limited") return errorState({}, values, tooManyRequests(outcome.retryAfterSeconds));
  return { status: "ok", fieldErrors: {}, values: {} };
}
