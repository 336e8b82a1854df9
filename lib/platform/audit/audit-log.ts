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
  /** The staff member who acted, for console events (lib/staff/audit.ts). */
  staffId?: string | null;
  /**
   * The request that caused the event (requestFacts() in lib/platform/request). Only events that no request causes (the
   * mail loop's scheduled work, a test's set-up) go without, and the profile shows them as "Unknown device".
   */
  request?: { ip: string | null; userAgent?: string | null } | null;
  /** Allow-listed, non-personal facts only: counts, reasons, limiter names; never names, SSNs, emails. */
  details?: Record<string, string | number | boolean | null>;
};

/**
 * The one audit writer: one security or business event (DESIGN: every sign-in, failure, lockout,
 * claim, password change and link). Pass the transaction so the event commits (or not) with the change.
 */
export async function recordAudit(entry: AuditEntry, executor: Executor = db): Promise<void> {
  await auditInsert(entry, executor);
}

/**
 * recordAudit's insert, not yet sent: for a hot path that folds the event into one statement with the
 * change it records (lib/sign-in/sign-in-success.ts), so both commit together in one round trip.
 */
export function auditInsert(entry: AuditEntry, executor: Executor = db) {
  const ip = entry.request?.ip;
  return executor.insert(auditEvents).values({
    occurredAt: now(),
    event: entry.event,
    outcome: entry.outcome,
    userId: entry.userId ?? null,
    educatorId: entry.educatorId ?? null,
    staffId: entry.staffId ?? null,
    // The inet column refuses "unknown"; no address is better than a made-up one.
    ip: ip && isIP(ip) ? ip : null,
    userAgent: entry.request?.userAgent?.slice(0, 300) ?? null,
    details: entry.details ?? null,
  });
}
