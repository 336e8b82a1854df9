import "server-only";
import { db, type Executor } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";

export type AuditEntry = {
  event: string;
  outcome: "success" | "failure" | "refused" | "locked";
  userId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Allow-listed, non-personal fields only: never a username, email or password (LOG-1). */
  details?: Record<string, string | number | boolean | null>;
};

/** Records one security event (DESIGN: every sign-in, failure, lockout, password change and link). */
export async function recordAudit(entry: AuditEntry, executor: Executor = db): Promise<void> {
  await executor.insert(auditEvents).values({
    event: entry.event,
    outcome: entry.outcome,
    userId: entry.userId ?? null,
    // The inet column refuses "unknown"; no address is better than a made-up one.
    ip: entry.ip && entry.ip !== "unknown" ? entry.ip : null,
    userAgent: entry.userAgent?.slice(0, 300) ?? null,
    details: entry.details ?? null,
  });
}
