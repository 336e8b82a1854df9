import "server-only";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { checkNewPassword } from "@/lib/platform/security/password-policy";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { passwordHashes, users } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { clearEveryLock } from "@/lib/sign-in/failure-store";
import { queuePasswordChangedNotice } from "./password-changed-notice";
import { consumeToken, peekToken, retireAccountLinks } from "@/lib/platform/tokens/one-time-tokens";

/** The reset form's fields: the token travels in the POST body beside the two passwords. */
export const resetFields = ["token", "password", "confirmPassword"] as const;

export type ResetInput = { token: string; password: string; confirmPassword: string; request: RequestFacts | null };
/** The answer that replaces the reset form: the link is dead. */
export type ResetLinkOutcome = { kind: "invalid-link" };

export type ResetResult =
  | { ok: true }
  | { ok: false; kind: "invalid-link" }
  | { ok: false; kind: "password"; field: "password" | "confirmPassword"; message: string };

/** Whether a reset link is still good (the page shows the form only then; nothing is used up). */
export async function resetLinkIsLive(token: string): Promise<boolean> {
  return Boolean(await peekToken("password_reset", token));
}

/**
 * Sets a new password from a reset link (TOK-4, PWD-6): the registration policy applies; the token is
 * used up atomically; session_version is bumped so every session of the account ends (SES-5); failures
 * and locks are cleared (the reset path always works, RL-11); the owner is told by email (NOTIF-1).
 * No session starts: the person signs in again with the new password.
 */
export async function resetPassword(input: ResetInput): Promise<ResetResult> {
  const live = await peekToken("password_reset", input.token);
  if (!live) return { ok: false, kind: "invalid-link" };
  const [account] = await db
    .select({ id: users.id, username: users.username, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, live.userId));
  if (!account) return { ok: false, kind: "invalid-link" };
  const verdict = checkNewPassword({
    password: input.password,
    confirmPassword: input.confirmPassword,
    username: account.username,
    email: account.email,
    names: account.name ? [account.name] : [],
  });
  if (!verdict.ok) return { ok: false, kind: "password", field: verdict.field, message: verdict.message };
  const hash = await hashPassword(input.password);
  return db.transaction(async (tx): Promise<ResetResult> => {
    const used = await consumeToken("password_reset", input.token, tx);
    if (!used || used.userId !== account.id) return { ok: false, kind: "invalid-link" };
    await tx
      .insert(passwordHashes)
      .values({ userId: account.id, hash })
      .onConflictDoUpdate({ target: passwordHashes.userId, set: { hash, updatedAt: now() } });
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, mustChangePassword: false })
      .where(eq(users.id, account.id));
    await clearEveryLock(account.id, tx);
    await retireAccountLinks(tx, account.id);
    await recordAudit({ event: "password.reset", outcome: "success", userId: account.id, request: input.request }, tx);
    await queuePasswordChangedNotice(tx, account);
    return { ok: true };
  });
}
