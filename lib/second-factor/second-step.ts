import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hitRateLimit, resetRateLimit, ruleFor } from "@/lib/platform/security/rate-limit";
import { markLocked } from "@/lib/sign-in/failure-store";
import { onHardCap } from "@/lib/sign-in/unlock";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { spendAuthenticatorCode } from "./authenticator";
import { checkPasskeyAssertion } from "./passkeys";
import { spendRecoveryCode } from "./recovery-codes";
import { normaliseCode } from "./totp";

export type SecondStepOutcome =
  | { ok: true; method: "authenticator" | "recovery-code" | "passkey" }
  | { ok: false; reason: "wrong" | "reused" | "locked" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Per IP: 20 codes a minute across accounts (MFA-5). Tunable as RATE_LIMIT_SECOND_FACTOR_IP. */
const perIp = { max: 20, windowSeconds: 60 };
/**
 * Per account (MFA-6): the fifth wrong code within 15 minutes locks the account until the emailed
 * unlock link is used, the same link and email as the password lockout's hard cap (lib/sign-in/unlock.ts).
 * The count restarts at the lock, so the unlock link opens a fresh set of five.
 */
const perAccount = { max: 5, windowSeconds: 15 * 60 };
export const SECOND_FACTOR_ACCOUNT_LIMITER = "second-factor-account";

type Method = "authenticator" | "recovery-code" | "passkey";

/**
 * The second step of a sign-in for `userId` (whose password was just checked): an authenticator code
 * or one of the recovery codes. Six digits are tried as an authenticator code, anything else as a
 * recovery code. Every try is audited with its outcome and method, never the code.
 */
export async function verifySecondStep(userId: string, code: string, request: RequestFacts): Promise<SecondStepOutcome> {
  const method = /^\d{6}$/.test(normaliseCode(code)) ? "authenticator" : "recovery-code";
  return checkedStep(userId, method, request, async () => {
    if (method === "recovery-code") return { ok: await spendRecoveryCode(userId, code), reason: "wrong" };
    return spendAuthenticatorCode(userId, code);
  });
}

/**
 * The same step with a passkey (MFA-10): the browser's WebAuthn answer against the challenge this
 * browser was given. A refused answer counts like a wrong code (the limits and the lock are shared).
 */
export async function verifyPasskeyStep(userId: string, response: AuthenticationResponseJSON, browserKey: string, request: RequestFacts): Promise<SecondStepOutcome> {
  return checkedStep(userId, "passkey", request, async () => ({ ok: await checkPasskeyAssertion(userId, response, browserKey), reason: "wrong" }));
}

/** The lock, the per-IP limit, the audit and the per-account count around one method's check. */
async function checkedStep(
  userId: string,
  method: Method,
  request: RequestFacts,
  check: () => Promise<{ ok: boolean; reason?: string }>,
): Promise<SecondStepOutcome> {
  const [user] = await db.select({ email: users.email, unlockRequiredAt: users.unlockRequiredAt }).from(users).where(eq(users.id, userId));
  const audit = { event: "sign-in.second-factor", userId, request };
  if (!user || user.unlockRequiredAt) {
    await recordAudit({ ...audit, outcome: "locked" });
    return { ok: false, reason: "locked" };
  }
  const ip = await hitRateLimit("second-factor-ip", request.ip, perIp);
  if (!ip.allowed) {
    await recordAudit({ ...audit, outcome: "refused", details: { limiter: "second-factor-ip" } });
    return { ok: false, reason: "throttled", retryAfterSeconds: ip.retryAfterSeconds };
  }
  const result = await check();
  if (result.ok) {
    await resetRateLimit(SECOND_FACTOR_ACCOUNT_LIMITER, userId);
    await recordAudit({ ...audit, outcome: "success", details: { method } });
    return { ok: true, method };
  }
  const reason = result.reason === "reused" ? "reused" : "wrong";
  await recordAudit({ ...audit, outcome: "failure", details: { method, reason } });
  const failures = await hitRateLimit(SECOND_FACTOR_ACCOUNT_LIMITER, userId, perAccount);
  if (failures.count < ruleFor(SECOND_FACTOR_ACCOUNT_LIMITER, perAccount).max) return { ok: false, reason };
  await markLocked(userId, null, true, now());
  await resetRateLimit(SECOND_FACTOR_ACCOUNT_LIMITER, userId);
  await onHardCap(userId, user.email, request); // the unlock email, and the "account.locked" event
  return { ok: false, reason: "locked" };
}
