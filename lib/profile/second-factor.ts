import "server-only";
import { eq } from "drizzle-orm";
import { needsPasswordAgain } from "@/lib/auth/recent-sign-in";
import { confirmRecentAuthentication } from "@/lib/auth/reauthentication";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { getBranding } from "@/lib/platform/config/branding";
import { db } from "@/lib/platform/db/client";
import { totpFactors, users } from "@/lib/platform/db/schema";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { pendingAuthenticatorSecret, removeAuthenticator, spendAuthenticatorCode, startAuthenticatorEnrolment } from "@/lib/second-factor/authenticator";
import { hasSecondFactor, mayRemoveOneFactor, secondFactorCount } from "@/lib/second-factor/factors";
import { secondFactorMessages as text } from "@/lib/second-factor/messages";
import { passkeyCount } from "@/lib/second-factor/passkeys";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { qrCodeDataUrl } from "@/lib/second-factor/qr-code";
import { issueRecoveryCodes, removeRecoveryCodes, unusedRecoveryCodes } from "@/lib/second-factor/recovery-codes";
import { noteSecondFactorChange as notify } from "@/lib/second-factor/security-email";
import { totpUri } from "@/lib/second-factor/totp";

/**
 * The profile's two-step sign-in (issue 14): set up an authenticator app, make new recovery codes,
 * turn it off. Every change passes the SES-7 gate, is audited and emailed (MFA-8); recovery codes are
 * handed back once in the action's outcome and never again.
 */
export type TwoStepStatus = {
  enabledSince: Date | null;
  authenticatorName: string;
  pending: { secret: string; qrCode: string } | null;
  unusedRecoveryCodes: number;
  passwordNeeded: boolean;
  required: boolean;
  /** Passkeys plus the authenticator: where a factor is required, the last one cannot be removed (MFA-9). */
  factorCount: number;
};
export type RecoveryCodesOutcome = { recoveryCodes: string[] };

export async function twoStepStatusFor(userId: string, authTime: number): Promise<TwoStepStatus> {
  const [row] = await db.select({ confirmedAt: totpFactors.confirmedAt, name: totpFactors.name }).from(totpFactors).where(eq(totpFactors.userId, userId));
  const secret = row && !row.confirmedAt ? await pendingAuthenticatorSecret(userId) : null;
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, userId));
  return {
    enabledSince: row?.confirmedAt ?? null,
    authenticatorName: row?.name ?? "Authenticator app",
    pending: secret ? { secret, qrCode: await qrCodeDataUrl(totpUri(secret, user?.username ?? "account", getBranding().portalShortName)) } : null,
    unusedRecoveryCodes: await unusedRecoveryCodes(userId),
    passwordNeeded: needsPasswordAgain(authTime),
    required: secondFactorRequired(),
    factorCount: await secondFactorCount(userId),
  };
}

export async function twoStepPromptFor(userId: string): Promise<"required" | "offer" | null> {
  if (await hasSecondFactor(userId)) return null;
  return secondFactorRequired() ? "required" : "offer";
}

/** "Set up an authenticator app": a pending secret the panel shows as a QR code and a key. Not a factor yet. */
export async function startAuthenticatorSetupFor(userId: string, request: RequestFacts): Promise<ActionState> {
  const secret = await startAuthenticatorEnrolment(userId);
  if (!secret) return errorState({}, {}, "An authenticator app is already set up.");
  await recordAudit({ event: "second-factor.setup-started", outcome: "info", userId, request });
  return { status: "ok", fieldErrors: {}, values: {} };
}

/** The first good code confirms the app (SES-7 first); ten recovery codes come back to show once. */
export async function confirmAuthenticatorFor(
  userId: string,
  authTime: number,
  values: Record<string, string>,
  request: RequestFacts,
): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "second-factor-add", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  if (!values.code?.trim()) return errorState({ code: text.enrolmentCodeWrong }, {});
  return db.transaction(async (tx) => {
    const check = await spendAuthenticatorCode(userId, values.code ?? "", true, tx);
    if (!check.ok) return errorState({ code: check.reason === "none" ? "Choose “Set up an authenticator app” first" : text.enrolmentCodeWrong }, {});
    // A first factor brings recovery codes; with passkeys already there, the person keeps theirs.
    const recoveryCodes = (await passkeyCount(userId, tx)) > 0 ? [] : await issueRecoveryCodes(userId, tx);
    await notify(tx, userId, "authenticator-added", request);
    return { status: "ok" as const, fieldErrors: {}, values: {}, outcome: { recoveryCodes } };
  });
}

/** New recovery codes (SES-7 first): the earlier ones stop working. */
export async function renewRecoveryCodesFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "recovery-codes-renew", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  return db.transaction(async (tx) => {
    if (!(await hasSecondFactor(userId, tx))) return errorState({}, {}, "Two-step sign-in is not on, so there are no recovery codes to replace.");
    const recoveryCodes = await issueRecoveryCodes(userId, tx);
    await notify(tx, userId, "recovery-codes-renewed", request);
    return { status: "ok" as const, fieldErrors: {}, values: {}, outcome: { recoveryCodes } };
  });
}

/** The message where the last factor would go and a factor is required (MFA-9). */
export const lastFactorRequired = "This portal requires two-step sign-in, so your last way to confirm it is you cannot be removed. Add another first.";

/** Removes the authenticator app (SES-7 first); refused where it is the last factor and one is required (MFA-9). */
export async function removeTwoStepFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  if (secondFactorRequired() && (await secondFactorCount(userId)) <= 1) return errorState({}, {}, lastFactorRequired);
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "second-factor-remove", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  return db.transaction(async (tx) => {
    if (!(await mayRemoveOneFactor(tx, userId, secondFactorRequired()))) return errorState({}, {}, lastFactorRequired);
    if (!(await removeAuthenticator(userId, tx))) return errorState({}, {}, "Two-step sign-in is not on.");
    // Recovery codes go with the last factor only: with a passkey left, they still back it up.
    if (!(await hasSecondFactor(userId, tx))) await removeRecoveryCodes(userId, tx);
    await notify(tx, userId, "authenticator-removed", request);
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}
