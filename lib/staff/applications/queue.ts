import "server-only";
import { and, asc, count, eq, inArray, isNull, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { applications, applicationTypes, educatorNames, staffMembers } from "@/lib/platform/db/schema";
import { requireStaff } from "@/lib/staff/guard";
import { openStatuses } from "./locked-application";
import type { QueueFilters } from "./queue-filters";

export const queuePageSize = 20;

const assignee = alias(staffMembers, "assignee");

/**
 * The applications queue (issue 15 item 2), oldest submission first so nobody waits longest by
 * accident. Drafts are the educator's own and never appear. Only reviewers see it.
 */
export async function applicationQueue(filters: QueueFilters) {
  const actor = await requireStaff("reviewer");
  const conditions: SQL[] = [filters.status === "open" ? inArray(applications.status, openStatuses) : eq(applications.status, filters.status)];
  if (filters.type) conditions.push(eq(applications.typeCode, filters.type));
  if (filters.olderThanDays) conditions.push(lte(applications.submittedAt, new Date(now().getTime() - filters.olderThanDays * 86_400_000)));
  if (filters.assignee === "me") conditions.push(eq(applications.assignedStaffId, actor.id));
  if (filters.assignee === "unassigned") conditions.push(isNull(applications.assignedStaffId));
  const where = and(...conditions);
  const [rows, [total], types] = await Promise.all([
    db
      .select({
        formKey: applications.id,
        reference: applications.reference,
        typeName: applicationTypes.name,
        status: applications.status,
        submittedAt: applications.submittedAt,
        firstName: educatorNames.firstName,
        lastName: educatorNames.lastName,
        suffix: educatorNames.suffix,
        assigneeId: applications.assignedStaffId,
        assigneeName: assignee.name,
      })
      .from(applications)
      .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
      .innerJoin(educatorNames, and(eq(educatorNames.educatorId, applications.educatorId), eq(educatorNames.kind, "current")))
      .leftJoin(assignee, eq(assignee.id, applications.assignedStaffId))
      .where(where)
      .orderBy(asc(applications.submittedAt), asc(applications.reference))
      .limit(queuePageSize)
      .offset((filters.page - 1) * queuePageSize),
    db.select({ value: count() }).from(applications).where(where),
    db.select({ code: applicationTypes.code, name: applicationTypes.name }).from(applicationTypes).orderBy(asc(applicationTypes.sortOrder)),
  ]);
  return {
    rows: rows.map(({ firstName, lastName, suffix, assigneeId, assigneeName, ...row }) => ({
      ...row,
      educatorName: [firstName, lastName, suffix].filter(Boolean).join(" "),
      assignee: assigneeId === null ? null : assigneeId === actor.id ? "You" : (assigneeName ?? "Another reviewer"),
      assignedToMe: assigneeId === actor.id,
      open: openStatuses.includes(row.status),
    })),
    total: total?.value ?? 0,
    pages: Math.max(1, Math.ceil((total?.value ?? 0) / queuePageSize)),
    types,
  };
}
