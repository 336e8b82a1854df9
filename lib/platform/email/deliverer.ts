import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db as appDb, type Executor } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { log } from "@/lib/platform/observability/log";
import { openBody, scrubbedBody } from "./sealed-body";
import { transportFromConfig } from "./transport";
import type { EmailTransport } from "./transport-types";

/**
 * Sends due outbox rows. Claiming happens in a short transaction (`FOR UPDATE SKIP LOCKED`, then
 * status "sending" with a lease), and sending happens after it commits, so no lock or transaction
 * is held across a network call and any number of processes can deliver side by side without
 * sending a row twice. A process that dies mid-send leaves its rows "sending"; once the lease ends
 * they are due again (the Idempotency-Key keeps Resend from sending such a row twice).
 */
export const DELIVERY_DEFAULTS = {
  batchSize: 20,
  /** After this many failed attempts the row is "failed" for good (about 5 hours of retries). */
  maxAttempts: 12,
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  baseBackoffMs: 30_000,
  maxBackoffMs: 60 * 60_000,
  /** How long a claim is exclusive; a send that outlives it may be retried by another process. */
  leaseMs: 5 * 60_000,
};

export type DeliveryOptions = Partial<typeof DELIVERY_DEFAULTS> & { transport?: EmailTransport; executor?: Executor };
export type DeliveryReport = { sent: number; retried: number; failed: number };

/** Delay before retry number `attempts` (1 for the first failure): base · 2^(attempts-1), capped. */
export function backoffMs(attempts: number, options: Pick<typeof DELIVERY_DEFAULTS, "baseBackoffMs" | "maxBackoffMs"> = DELIVERY_DEFAULTS): number {
  return Math.min(options.maxBackoffMs, options.baseBackoffMs * 2 ** Math.max(0, attempts - 1));
}

type Claimed = { id: string; toAddress: string; subject: string; html: string; text: string; bodyKeyId: string | null; attempts: number };

/** Claims up to `batchSize` due rows for this process (marks them sending, counts the attempt). */
export async function claimDueEmails(executor: Executor, batchSize: number, leaseMs: number): Promise<Claimed[]> {
  const at = now();
  return executor.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(inArray(emailOutbox.status, ["pending", "sending"]), lte(emailOutbox.nextAttemptAt, at)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(at.getTime() + leaseMs) })
      .where(inArray(emailOutbox.id, due.map((row) => row.id)))
      .returning({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        html: emailOutbox.html,
        text: emailOutbox.text,
        bodyKeyId: emailOutbox.bodyKeyId,
        attempts: emailOutbox.attempts,
      });
  });
}

/** Claims and sends due rows until none are left; returns what happened. */
export async function deliverDueEmails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const settings = { ...DELIVERY_DEFAULTS, ...options };
  const executor = options.executor ?? appDb;
  const transport = options.transport ?? transportFromConfig();
  const from = getConfig().EMAIL_FROM;
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  // In mailbox mode the row is the delivered message (/dev/mailbox reads it), so it stays sealed;
  // any other transport has handed the message on, and the row keeps no body (TOK-1).
  const settled = transport.name === "mailbox" ? {} : scrubbedBody;
  for (;;) {
    const claimed = await claimDueEmails(executor, settings.batchSize, settings.leaseMs);
    for (const row of claimed) {
      const outcome = await transport.send({ id: row.id, from, to: row.toAddress, subject: row.subject, ...openBody(row) });
      // Only the claim that is still current may settle the row (not one whose lease was taken over).
      const ours = and(eq(emailOutbox.id, row.id), eq(emailOutbox.status, "sending"), eq(emailOutbox.attempts, row.attempts));
      const at = now();
      if (outcome.ok) {
        await executor.update(emailOutbox).set({ status: "sent", sentAt: at, providerMessageId: outcome.providerMessageId, lastError: null, ...settled }).where(ours);
        report.sent += 1;
        log.info("email.sent", { outboxId: row.id, transport: transport.name, attempt: row.attempts });
      } else if (!outcome.retryable || row.attempts >= settings.maxAttempts) {
        await executor.update(emailOutbox).set({ status: "failed", lastError: outcome.error, ...settled }).where(ours);
        report.failed += 1;
        log.error("email.failed", { outboxId: row.id, transport: transport.name, attempt: row.attempts, reason: outcome.error });
      } else {
        const retryAt = new Date(at.getTime() + backoffMs(row.attempts, settings));
        await executor.update(emailOutbox).set({ status: "pending", lastError: outcome.error, nextAttemptAt: retryAt }).where(ours);
        report.retried += 1;
        log.warn("email.retry-scheduled", { outboxId: row.id, transport: transport.name, attempt: row.attempts, reason: outcome.error });
      }
    }
    if (claimed.length < settings.batchSize) return report;
  }
}

/** Tests and scripts: deliver everything due right now with this process's configured transport. */
export function deliverPendingNow(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  return deliverDueEmails(options);
}
