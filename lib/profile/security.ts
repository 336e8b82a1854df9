import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/platform/security/password-hash";
import { checkNewPassword, normalizePassword } from "@/lib/platform/security/password-policy";
import { endOtherSessions } from "@/lib/auth/session-renewal";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { passwordHashes, users } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { hitRateLimit, resetRateLimit } from "@/lib/platform/security/rate-limit";
import { queuePasswordChangedNotice } from "@/lib/recovery/password-changed-notice";
import { profileMessages as text } from "./messages";

export const changePasswordFields = ["currentPassword", "password", "confirmPassword"] as const;
export type ChangePasswordValues = Record<(typeof changePasswordFields)[number], string>;

/** What a change hands back: the form's state, and on success the ticket that keeps this session (session-renewal.ts). */
export type SecurityChange = { state: ActionState; renewalTicket?: string };

/**
 * Wrong current passwords per account: 5 in 15 minutes, then the form refuses until the window ends.
 * Per account (not per IP) because the attacker here already holds a session, whatever their address.
 */
export const CURRENT_PASSWORD_LIMIT = { name: "password-change-account", rule: { max: 5, windowSeconds: 15 * 60 } } as const;

/**
 * Changes the password of a signed-in account (PWD-6): the current password always (which also
 * covers SES-7's re-authentication), the new one under the registration policy (PWD-1..3). On
 * success, in one transaction: the argon2id hash (PWD-5), the session version bumped so every other
 * session ends (SES-5), the audit event, and the "your password was changed" email (NOTIF-1).
 */
export async function changePasswordFor(userId: string, values: ChangePasswordValues, request: RequestFacts): Promise<SecurityChange> {
  const [account] = await db
    .select({ username: users.username, email: users.email, name: users.name, hash: passwordHashes.hash })
    .from(users)
    .leftJoin(passwordHashes, eq(passwordHashes.userId, users.id))
    .where(eq(users.id, userId));
  if (!account) throw new Error("the signed-in account does not exist");
  const errors: Record<string, string> = {};
  const audit = { event: "password.change", userId, request } as const;

  if (!values.currentPassword) errors.currentPassword = text.currentPasswordMissing;
  else {
    const limit = await hitRateLimit(CURRENT_PASSWORD_LIMIT.name, userId, CURRENT_PASSWORD_LIMIT.rule);
    if (!limit.allowed) {
      errors.currentPassword = text.currentPasswordLocked(limit.retryAfterSeconds);
      await recordAudit({ ...audit, outcome: "refused", details: { limiter: CURRENT_PASSWORD_LIMIT.name } });
    } else if (!(account.hash ? await verifyPassword(account.hash, values.currentPassword) : await burnPasswordCheck(values.currentPassword))) {
      errors.currentPassword = text.currentPasswordWrong;
      await recordAudit({ ...audit, outcome: "failure", details: { reason: "current-password" } });
    }
  }
  const verdict = checkNewPassword({
    password: values.password,
    confirmPassword: values.confirmPassword || undefined,
    username: account.username,
    email: account.email,
    names: account.name ? [account.name] : [],
  });
  if (!verdict.ok) errors[verdict.field] = verdict.field === "password" ? verdict.message.replace(/^Enter a password$/, text.newPasswordMissing) : verdict.message;
  else if (!values.confirmPassword) errors.confirmPassword = text.confirmNewPasswordMissing;
  else if (!errors.currentPassword && normalizePassword(values.password) === normalizePassword(values.currentPassword)) {
    errors.password = text.newPasswordSame;
  }
  // Every field here is a password: nothing is echoed back.
  if (Object.keys(errors).length > 0) return { state: errorState(errors, {}) };

  const hash = await hashPassword(values.password);
  const renewalTicket = await db.transaction(async (tx) => {
    await tx
      .insert(passwordHashes)
      .values({ userId, hash })
      .onConflictDoUpdate({ target: passwordHashes.userId, set: { hash, updatedAt: now() } });
    await tx.update(users).set({ mustChangePassword: false }).where(eq(users.id, userId));
    const ticket = await endOtherSessions(tx, userId);
    await recordAudit({ ...audit, outcome: "success" }, tx);
    await queuePasswordChangedNotice(tx, account, { thisDeviceKept: true });
    return ticket;
  });
  await resetRateLimit(CURRENT_PASSWORD_LIMIT.name, userId);
  return { state: { status: "ok", fieldErrors: {}, values: {} }, renewalTicket };
}

/** "Sign out of all other sessions" (SES-5): every other session of the account ends; this one is kept. */
export async function signOutOtherSessionsFor(userId: string, request: RequestFacts): Promise<SecurityChange> {
  const renewalTicket = await db.transaction(async (tx) => {
    const ticket = await endOtherSessions(tx, userId);
    await recordAudit({ event: "sessions.signed_out_others", outcome: "success", userId, request }, tx);
    return ticket;
  });
  return { state: { status: "ok", fieldErrors: {}, values: {} }, renewalTicket };
}
