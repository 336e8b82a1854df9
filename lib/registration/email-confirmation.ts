import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { registrationLimits } from "./limits";
import { consumeToken, deadTokenReason, issueToken, tokenLifetimeSeconds } from "@/lib/platform/tokens/one-time-tokens";

/** TOK-1..3: 256-bit tokens, only their hash stored, valid once for 24 hours. */
export const CONFIRMATION_LIFETIME_HOURS = tokenLifetimeSeconds("email_confirmation") / 3600;

export type ConfirmationRecipient = { userId: string; email: string; name: string };

/**
 * Issues a confirmation token and queues the guide's email, with the executor of the change that
 * caused it (the new account's transaction, or a resend). The link comes from APP_URL (TOK-6) and
 * opens a page whose button POSTs the token: a mail scanner following the link uses nothing up.
 */
export async function sendConfirmationEmail(executor: Executor, recipient: ConfirmationRecipient): Promise<void> {
  const token = await issueToken(executor, { purpose: "email_confirmation", userId: recipient.userId, email: recipient.email });
  const confirmUrl = `${getConfig().APP_URL}/confirm-email?token=${encodeURIComponent(token)}`;
  await enqueueEmail(executor, emailConfirmationMessage(recipient.email, { name: recipient.name, confirmUrl }));
}

export type ConfirmOutcome = "confirmed" | "expired" | "used" | "unknown";

/**
 * Uses a confirmation token: once, before it expires, and only for the address it was sent to (an
 * account whose email changed since keeps the new address unconfirmed).
 */
export async function confirmEmail(token: string | undefined, request: RequestFacts): Promise<ConfirmOutcome> {
  return db.transaction(async (tx) => {
    const used = await consumeToken("email_confirmation", token, tx);
    if (!used) return deadTokenReason("email_confirmation", token, tx);
    await tx
      .update(users)
      .set({ emailVerified: now() })
      .where(and(eq(users.id, used.userId), eq(users.email, used.email), isNull(users.emailVerified)));
    await recordAudit({ event: "email.confirmed", outcome: "success", userId: used.userId, request }, tx);
    return "confirmed";
  });
}

export type ResendOutcome = "sent" | "already-confirmed" | "rate-limited";

/** "Resend confirmation email" on the dashboard: the signed-in person's own address, rate limited (RL-7). */
export async function resendConfirmationEmail(userId: string, request: RequestFacts): Promise<ResendOutcome> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ email: users.email, name: users.name, username: users.username, emailVerified: users.emailVerified })
      .from(users)
      .where(eq(users.id, userId));
    if (!user) throw new Error("resendConfirmationEmail: no such user");
    if (user.emailVerified) return "already-confirmed";
    const limit = await hitRateLimit("confirmation-resend", userId, registrationLimits["confirmation-resend"], tx);
    if (!limit.allowed) return "rate-limited";
    await sendConfirmationEmail(tx, { userId, email: user.email, name: user.name ?? user.username });
    await recordAudit({ event: "email.confirmation-resent", outcome: "success", userId, request }, tx);
    return "sent";
  });
}
