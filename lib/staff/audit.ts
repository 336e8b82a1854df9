import "server-only";
import { recordAudit, type AuditEntry } from "@/lib/platform/audit/audit-log";
import { db, type Executor } from "@/lib/platform/db/client";
import { requestFacts } from "@/lib/platform/request/request-facts";
import type { StaffActor } from "./guard";

/**
 * A staff action's audit event: who (the staff member), on whom (educator, account), what and why.
 * Pass the transaction so the event commits with the change. Event names start with "staff." so the
 * audit page can tell the agency's actions from the educators' own.
 */
export async function recordStaffAudit(
  actor: StaffActor,
  entry: Omit<AuditEntry, "staffId" | "request" | "outcome"> & { outcome?: AuditEntry["outcome"] },
  executor: Executor = db,
): Promise<void> {
  if (!entry.event.startsWith("staff.")) throw new Error(`staff audit events start with "staff.": ${entry.event}`);
  await recordAudit({ outcome: "success", ...entry, staffId: actor.id, request: await requestFacts() }, executor);
}
