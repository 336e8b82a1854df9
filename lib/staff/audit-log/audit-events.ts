import "server-only";
import { and, asc, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { agencyTimeZone } from "@/lib/platform/dates";
import { db } from "@/lib/platform/db/client";
import { auditEvents, educatorNames, educators, staffMembers, users } from "@/lib/platform/db/schema";
import { requireStaff } from "../guard";
import type { AuditFilters } from "./audit-filters";

export const auditPageSize = 50;

export type AuditRow = {
  id: number;
  occurredAt: Date;
  event: string;
  outcome: string;
  staffName: string | null;
  publicId: string | null;
  /** The record's current name: staff see whose record it was (details never hold a name). */
  educatorName: string | null;
  username: string | null;
  ip: string | null;
  details: Record<string, string | number | boolean | null> | null;
};

/** Midnight at the start of an ISO day in the agency's time zone, as a timestamptz. */
const startOfDay = (iso: string) => sql`(${iso}::date)::timestamp at time zone ${agencyTimeZone()}`;

/**
 * Every audit event, newest first, a page at a time (admin or records): who acted (the staff
 * member's name, for console events), on whom (educator ID, username), what, the outcome, when and
 * from where, with the allow-listed details. Filters are exact (educator ID, username ignoring case,
 * staff member) or a prefix (event type: "staff." lists every console action).
 */
export async function listAuditEvents(filters: AuditFilters): Promise<{ rows: AuditRow[]; hasNext: boolean }> {
  await requireStaff("admin", "records");
  const conditions: SQL[] = [];
  if (filters.publicId) conditions.push(eq(educators.publicId, filters.publicId));
  if (filters.username) conditions.push(eq(sql`lower(${users.username})`, filters.username.toLowerCase()));
  if (filters.staffId) conditions.push(eq(auditEvents.staffId, filters.staffId));
  if (filters.eventPrefix) conditions.push(like(auditEvents.event, `${filters.eventPrefix.replace(/[\\%_]/g, "\\$&")}%`));
  if (filters.from) conditions.push(gte(auditEvents.occurredAt, startOfDay(filters.from)));
  if (filters.to) conditions.push(lt(auditEvents.occurredAt, sql`${startOfDay(filters.to)} + interval '1 day'`));
  const rows = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      event: auditEvents.event,
      outcome: auditEvents.outcome,
      staffName: staffMembers.name,
      publicId: educators.publicId,
      educatorName: sql<string | null>`${educatorNames.firstName} || ' ' || ${educatorNames.lastName}`,
      username: users.username,
      ip: sql<string | null>`host(${auditEvents.ip})`,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(staffMembers, eq(staffMembers.id, auditEvents.staffId))
    // An event names the account, the record, or both; the record is the account's when only the account is named.
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .leftJoin(educators, eq(educators.id, sql`coalesce(${auditEvents.educatorId}, ${users.educatorId})`))
    .leftJoin(educatorNames, and(eq(educatorNames.educatorId, educators.id), eq(educatorNames.kind, "current")))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(auditPageSize + 1)
    .offset((filters.page - 1) * auditPageSize);
  return { rows: rows.slice(0, auditPageSize), hasNext: rows.length > auditPageSize };
}

/** The staff members the "Staff member" filter offers, by name. */
export async function staffForAuditFilter(): Promise<{ id: string; name: string }[]> {
  await requireStaff("admin", "records");
  return db.select({ id: staffMembers.id, name: staffMembers.name }).from(staffMembers).orderBy(asc(staffMembers.name));
}
