import "server-only";
import { eq } from "drizzle-orm";
import { secondFactorChangedMessage, type SecondFactorChange } from "@/components/emails/second-factor-changed";
import { needsPasswordAgain } from "@/lib/auth/recent-sign-in";
import { confirmRecentAuthentication } from "@/lib/auth/reauthentication";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { getBranding } from "@/lib/platform/config/branding";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { db, type Executor } from "@/lib/platform/db/client";
import { totpFactors, users } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hasAuthenticator, pendingAuthenticatorSecret, removeAuthenticator, spendAuthenticatorCode, startAuthenticatorEnrolment } from "@/lib/second-factor/authenticator";
import { secondFactorMessages as text } from "@/lib/second-factor/messages";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { qrCodeDataUrl } from "@/lib/second-factor/qr-code";
import { issueRecoveryCodes, removeRecoveryCodes, unusedRecoveryCodes } from "@/lib/second-factor/recovery-codes";
import { totpUri } from "@/lib/second-factor/totp";

/**
 * The profile's two-step sign-in (issue 14): set up an authenticator app, make new recovery codes,
 * turn it off. Every change passes the SES-7 gate, is audited and emailed (MFA-8); recovery codes are
 * handed back once in the action's outcome and never again.
 */
export type TwoStepStatus = {
  enabledSince: Date | null;
  pending: { secret: string; qrCode: string } | null;
  unusedRecoveryCodes: number;
  passwordNeeded: boolean;
  required: boolean;
};
export type RecoveryCodesOutcome = { recoveryCodes: string[] };

export async function twoStepStatusFor(userId: string, authTime: number): Promise<TwoStepStatus> {
  const [row] = await db.select({ confirmedAt: totpFactors.confirmedAt }).from(totpFactors).where(eq(totpFactors.userId, userId));
  const secret = row && !row.confirmedAt ? await pendingAuthenticatorSecret(userId) : null;
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, userId));
  return {
    enabledSince: row?.confirmedAt ?? null,
    pending: secret ? { secret, qrCode: await qrCodeDataUrl(totpUri(secret, user?.username ?? "account", getBranding().portalShortName)) } : null,
    unusedRecoveryCodes: row?.confirmedAt ? await unusedRecoveryCodes(userId) : 0,
    passwordNeeded: needsPasswordAgain(authTime),
    required: secondFactorRequired(),
  };
}

export async function twoStepPromptFor(userId: string): Promise<"required" | "offer" | null> {
  if (await hasAuthenticator(userId)) return null;
  return secondFactorRequired() ? "required" : "offer";
}

async function notify(tx: Executor, userId: string, change: SecondFactorChange, request: RequestFacts): Promise<void> {
  const [user] = await tx.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
  await recordAudit({ event: `second-factor.${change}`, outcome: "success", userId, request }, tx);
  if (!user) return;
  const props = { username: user.username, when: formatAgencyDateTime(now()), change, resetUrl: appLink("/forgot-password"), supportUrl: appLink("/support") };
  await enqueueEmail(tx, secondFactorChangedMessage(user.email, props));
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
    const recoveryCodes = await issueRecoveryCodes(userId, tx);
    await notify(tx, userId, "authenticator-added", request);
    return { status: "ok" as const, fieldErrors: {}, values: {}, outcome: { recoveryCodes } };
  });
}

/** New recovery codes (SES-7 first): the earlier ones stop working. */
export async function renewRecoveryCodesFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "recovery-codes-renew", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ confirmedAt: totpFactors.confirmedAt }).from(totpFactors).where(eq(totpFactors.userId, userId));
    if (!row?.confirmedAt) return errorState({}, {}, "Two-step sign-in is not on, so there are no recovery codes to replace.");
    const recoveryCodes = await issueRecoveryCodes(userId, tx);
    await notify(tx, userId, "recovery-codes-renewed", request);
    return { status: "ok" as const, fieldErrors: {}, values: {}, outcome: { recoveryCodes } };
  });
}

/** "Turn off two-step sign-in" (SES-7 first): refused where a second factor is required (MFA-9). */
export async function removeTwoStepFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  if (secondFactorRequired()) return errorState({}, {}, "This portal requires two-step sign-in, so your only authenticator app cannot be removed.");
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "second-factor-remove", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  return db.transaction(async (tx) => {
    if (!(await removeAuthenticator(userId, tx))) return errorState({}, {}, "Two-step sign-in is not on.");
    await removeRecoveryCodes(userId, tx);
    await notify(tx, userId, "authenticator-removed", request);
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}
