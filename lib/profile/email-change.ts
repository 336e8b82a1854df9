import "server-only";
import { eq } from "drizzle-orm";
import { emailChangeConfirmMessage } from "@/components/emails/email-change-confirm";
import { emailChangeNoticeMessage } from "@/components/emails/email-change-notice";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { needsPasswordAgain } from "@/lib/auth/recent-sign-in";
import { confirmRecentAuthentication } from "@/lib/auth/reauthentication";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { errorState, fromZodError, type ActionState } from "@/lib/platform/forms/action-state";
import { appLink } from "@/lib/platform/email/app-link";
import { tooManyRequests } from "@/lib/platform/forms/messages";
import { consumeToken, deadTokenReason, issueToken, looksLikeToken, newestLiveToken } from "@/lib/platform/tokens/one-time-tokens";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { emailChangeSchema } from "./email-change-form";
import { profileMessages as text } from "./messages";

/** New change requests per account per hour (each one emails two addresses). */
export const EMAIL_CHANGE_LIMIT = { max: 5, windowSeconds: 60 * 60 };

export type EmailChangeStatus = { email: string; pendingEmail: string | null; passwordNeeded: boolean };

/** The account's address, a change waiting for its link (the newest live one), and whether SES-7 asks for the password. */
export async function emailChangeStatusFor(userId: string, authTime: number): Promise<EmailChangeStatus> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  const pending = await newestLiveToken("email_change", userId);
  if (!user) throw new Error("emailChangeStatusFor: no such user");
  return { email: user.email, pendingEmail: pending?.email ?? null, passwordNeeded: needsPasswordAgain(authTime) };
}

async function accountOf(userId: string, executor: Executor = db) {
  const [user] = await executor.select({ email: users.email, username: users.username }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("email change: no such user");
  return user;
}

const noticeLinks = () => ({ resetUrl: appLink("/forgot-password"), supportUrl: appLink("/support") });

/**
 * Starts a change of email: nothing changes until the new address confirms (24 h, single use, only
 * the hash stored; a newer request retires the older link). The old address is told at once.
 *
 * Addresses are not unique (lib/platform/db/schema/accounts.ts: families share one), so an address another
 * account uses is treated exactly like any other: the same answer, the same emails, the other account
 * untouched. Refusing it would tell the requester that the address has an account here (REG-5's
 * reasoning), and the change still completes only for someone who can read that inbox.
 */
export async function requestEmailChangeFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  // Only this form's own field is ever echoed back (never the password, never anything else sent).
  const kept = { newEmail: values.newEmail ?? "" };
  const parsed = emailChangeSchema.safeParse(kept);
  if (!parsed.success) return fromZodError(parsed.error, kept);
  const { newEmail } = parsed.data;
  const account = await accountOf(userId);
  if (newEmail === account.email) return errorState({ newEmail: text.sameEmail }, kept);
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "email-change", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, kept);
  const limit = await hitRateLimit("email-change", userId, EMAIL_CHANGE_LIMIT);
  if (!limit.allowed) return errorState({}, kept, tooManyRequests(limit.retryAfterSeconds));
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, { purpose: "email_change", userId, email: newEmail });
    const confirmUrl = appLink("/confirm-email-change", { token });
    await enqueueEmail(tx, emailChangeConfirmMessage(newEmail, { username: account.username, confirmUrl }));
    await enqueueEmail(tx, emailChangeNoticeMessage(account.email, { stage: "requested", username: account.username, newEmail, ...noticeLinks() }));
    await recordAudit({ event: "profile.email_change_requested", outcome: "success", userId, request }, tx);
  });
  return { status: "ok", fieldErrors: {}, values: { newEmail } };
}

export type EmailChangeOutcome = "changed" | "expired" | "used" | "unknown";

/**
 * "Confirm my new email address" (the link's page POSTs the token): once, within 24 hours. The
 * account's email becomes the confirmed new address, and the old address is told it happened.
 */
export async function confirmEmailChange(token: string | undefined, request: RequestFacts): Promise<EmailChangeOutcome> {
  if (!looksLikeToken(token)) return "unknown";
  return db.transaction(async (tx): Promise<EmailChangeOutcome> => {
    const used = await consumeToken("email_change", token, tx);
    if (!used) return deadTokenReason("email_change", token, tx);
    const before = await accountOf(used.userId, tx);
    const at = now();
    await tx.update(users).set({ email: used.email, emailVerified: at, updatedAt: at }).where(eq(users.id, used.userId));
    await recordAudit({ event: "profile.email_change_confirmed", outcome: "success", userId: used.userId, request }, tx);
    await enqueueEmail(tx, emailChangeNoticeMessage(before.email, { stage: "changed", username: before.username, newEmail: used.email, ...noticeLinks() }));
    return "changed";
  });
}
