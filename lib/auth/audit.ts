import "server-only";
import { isIP } from "node:net";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";

export type AuditEntry = {
  event: string;
  outcome: "success" | "failure" | "refused" | "locked" | "info";
  userId?: string | null;
  educatorId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Allow-listed, non-personal facts only: counts, reasons, limiter names; never names, SSNs, emails. */
  details?: Record<string, string | number | boolean | null>;
};

/**
 * Writes one security or business event (DESIGN: every sign-in, failure, lockout, claim, password
 * change and link); pass the transaction so the event commits (or not) with the change.
 */
export async function recordAudit(entry: AuditEntry, executor: Executor = db): Promise<void> {
  await executor.insert(auditEvents).values({
    occurredAt: now(),
    event: entry.event,
    outcome: entry.outcome,
    userId: entry.userId ?? null,
    educatorId: entry.educatorId ?? null,
    // The inet column refuses "unknown"; no address is better than a made-up one.
    ip: entry.ip && isIP(entry.ip) ? entry.ip : null,
    userAgent: entry.userAgent?.slice(0, 300) ?? null,
    details: entry.details ?? null,
  });
}
