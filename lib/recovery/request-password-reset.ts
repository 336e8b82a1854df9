import "server-only";
import { eq, sql } from "drizzle-orm";
import { noAccountMessage } from "@/components/emails/password-reset-no-account";
import { passwordResetMessage } from "@/components/emails/password-reset";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { appLink } from "@/lib/platform/email/app-link";
import { queueRecoveryRequest } from "./recovery-queue";
import { gateRecoveryRequest, type RequestGate } from "./request-limits";
import { issueToken } from "@/lib/platform/tokens/one-time-tokens";

export const RESET_MINUTES = 30;

/**
 * "Forgot Password?" with a username or an email address (TOK-5, ASVS 6.3.8): the limits, then the
 * request is queued and the page answers at once; the same statements run whether or not an account
 * matches (recovery-queue.ts). The deliverer does the rest (deliverPasswordReset).
 */
export async function requestPasswordReset(identifier: string, request: RequestFacts): Promise<RequestGate> {
  const typed = identifier.trim().toLowerCase();
  const gate = await gateRecoveryRequest("forgot-password", typed, request.ip);
  if (!gate.allowed) return gate;
  await queueRecoveryRequest("password", typed, request);
  return gate;
}

/**
 * The deliverer's half: a reset link per matching account (an address can serve several), or, for an
 * address no account uses, an email saying so. An unknown username gets nothing, as there is nowhere
 * to write.
 */
export async function deliverPasswordReset(tx: Executor, typed: string, request: RequestFacts): Promise<void> {
  const byEmail = typed.includes("@");
  const accounts = await tx
    .select({ id: users.id, username: users.username, email: users.email })
    .from(users)
    .where(byEmail ? eq(users.email, typed) : eq(sql`lower(${users.username})`, typed));
  for (const account of accounts) await sendResetLink(tx, account, request);
  if (accounts.length === 0 && byEmail) {
    await enqueueEmail(tx, noAccountMessage(typed, { registerUrl: appLink("/register"), request: "password" }));
  }
}

/** Issues a reset token and emails its link; returns the token (the PWD-4 forced change uses it directly). */
export async function sendResetLink(tx: Executor, account: { id: string; username: string; email: string }, request: RequestFacts | null): Promise<string> {
  const token = await issueToken(tx, { purpose: "password_reset", userId: account.id, email: account.email });
  await enqueueEmail(tx, passwordResetMessage(account.email, { username: account.username, resetUrl: appLink("/reset-password", { token }), minutes: RESET_MINUTES }));
  await recordAudit({ event: "password-reset.requested", outcome: "success", userId: account.id, request }, tx);
  return token;
}

/** PWD-4: a correct but common password. No session yet; a reset token the sign-in action redirects to. */
export async function startForcedPasswordChange(userId: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId));
    if (!account) return null;
    await tx.update(users).set({ mustChangePassword: true }).where(eq(users.id, userId));
    return issueToken(tx, { purpose: "password_reset", userId: account.id, email: account.email });
  });
}
