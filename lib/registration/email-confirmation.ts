import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { oneTimeTokens, users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { recordAudit } from "./audit";
import { registrationLimits } from "./limits";
import { hashToken, looksLikeToken, newToken } from "./tokens";

/** TOK-1..3: 256-bit tokens, only their hash stored, valid once for 24 hours. */
export const CONFIRMATION_LIFETIME_HOURS = 24;

export type ConfirmationRecipient = { userId: string; email: string; name: string };

/**
 * Issues a confirmation token and queues the guide's email, with the executor of the change that
 * caused it (the new account's transaction, or a resend). The link comes from APP_URL (TOK-6) and
 * opens a page whose button POSTs the token: a mail scanner following the link uses nothing up.
 */
export async function sendConfirmationEmail(executor: Executor, recipient: ConfirmationRecipient): Promise<void> {
  const token = newToken();
  const at = now();
  await executor.insert(oneTimeTokens).values({
    purpose: "email_confirmation",
    tokenHash: hashToken(token),
    userId: recipient.userId,
    email: recipient.email,
    expiresAt: new Date(at.getTime() + CONFIRMATION_LIFETIME_HOURS * 3_600_000),
    createdAt: at,
  });
  const confirmUrl = `${getConfig().APP_URL}/confirm-email?token=${encodeURIComponent(token)}`;
  await enqueueEmail(executor, emailConfirmationMessage(recipient.email, { name: recipient.name, confirmUrl }));
}

export type ConfirmOutcome = "confirmed" | "expired" | "used" | "unknown";

/**
 * Uses a confirmation token: once, before it expires, and only for the address it was sent to (an
 * account whose email changed since keeps the new address unconfirmed).
 */
export async function confirmEmail(token: string | undefined): Promise<ConfirmOutcome> {
  if (!looksLikeToken(token)) return "unknown";
  const tokenHash = hashToken(token);
  return db.transaction(async (tx) => {
    const at = now();
    const [row] = await tx
      .select({ id: oneTimeTokens.id, userId: oneTimeTokens.userId, email: oneTimeTokens.email, expiresAt: oneTimeTokens.expiresAt, usedAt: oneTimeTokens.usedAt })
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, "email_confirmation")))
      .for("update");
    if (!row) return "unknown";
    if (row.usedAt) return "used";
    if (row.expiresAt <= at) return "expired";
    await tx.update(oneTimeTokens).set({ usedAt: at }).where(eq(oneTimeTokens.id, row.id));
    await tx
      .update(users)
      .set({ emailVerified: at })
      .where(and(eq(users.id, row.userId), eq(users.email, row.email), isNull(users.emailVerified)));
    await recordAudit({ event: "email.confirmed", outcome: "success", userId: row.userId }, tx);
    return "confirmed";
  });
}

export type ResendOutcome = "sent" | "already-confirmed" | "rate-limited";

/** "Resend confirmation email" on the dashboard: the signed-in person's own address, rate limited (RL-7). */
export async function resendConfirmationEmail(userId: string): Promise<ResendOutcome> {
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
    await recordAudit({ event: "email.confirmation-resent", outcome: "success", userId }, tx);
    return "sent";
  });
}
