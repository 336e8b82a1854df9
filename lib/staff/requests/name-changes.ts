import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { educatorNames, educators, nameChangeRequests, staffMembers } from "@/lib/platform/db/schema";
import { requireStaff } from "../guard";
import { rowId } from "./staff-message";

export type NameChangeStatus = "received" | "approved" | "denied";

export type NameChangeLine = { id: string; requestedName: string; currentName: string; publicId: string; status: NameChangeStatus; requestedAt: Date };

export type NameChangeDetail = NameChangeLine & {
  reason: string;
  formerNames: string[];
  showFormerNames: boolean;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionMessage: string | null;
};

export const nameChangeStatusLabels: Record<NameChangeStatus, string> = { received: "Waiting for review", approved: "Approved", denied: "Denied" };

const fullName = (row: { firstName: string; middleName: string | null; lastName: string; suffix?: string | null }) =>
  [row.firstName, row.middleName, row.lastName, row.suffix].filter(Boolean).join(" ");

const currentName = and(eq(educatorNames.educatorId, nameChangeRequests.educatorId), eq(educatorNames.kind, "current"));

/** Name change requests for reviewers: open ones first (oldest first, as they wait), then decided ones, newest first. */
export async function nameChangeRequestList(): Promise<NameChangeLine[]> {
  await requireStaff("reviewer");
  const rows = await db
    .select({ request: nameChangeRequests, current: educatorNames, publicId: educators.publicId })
    .from(nameChangeRequests)
    .innerJoin(educators, eq(educators.id, nameChangeRequests.educatorId))
    .leftJoin(educatorNames, currentName)
    .orderBy(
      desc(sql`${nameChangeRequests.status} = 'received'`),
      sql`case when ${nameChangeRequests.status} = 'received' then ${nameChangeRequests.createdAt} end asc`,
      desc(nameChangeRequests.createdAt),
    )
    .limit(200);
  return rows.map(({ request, current, publicId }) => ({
    id: request.id,
    requestedName: fullName(request),
    currentName: current ? fullName(current) : "",
    publicId,
    status: request.status,
    requestedAt: request.createdAt,
  }));
}

/** One request with the record's names, for the reviewer's decision. Null when the id finds nothing. */
export async function nameChangeRequestDetail(requestId: string): Promise<NameChangeDetail | null> {
  await requireStaff("reviewer");
  if (!rowId.safeParse(requestId).success) return null;
  const [row] = await db
    .select({ request: nameChangeRequests, publicId: educators.publicId, showFormerNames: educators.showFormerNames, decidedBy: staffMembers.name })
    .from(nameChangeRequests)
    .innerJoin(educators, eq(educators.id, nameChangeRequests.educatorId))
    .leftJoin(staffMembers, eq(staffMembers.id, nameChangeRequests.decidedBy))
    .where(eq(nameChangeRequests.id, requestId));
  if (!row) return null;
  const names = await db.select().from(educatorNames).where(eq(educatorNames.educatorId, row.request.educatorId)).orderBy(asc(educatorNames.createdAt));
  const current = names.find((name) => name.kind === "current");
  const { request } = row;
  return {
    id: request.id,
    requestedName: fullName(request),
    currentName: current ? fullName(current) : "",
    formerNames: names.filter((name) => name.kind === "former").map(fullName),
    publicId: row.publicId,
    showFormerNames: row.showFormerNames,
    status: request.status,
    requestedAt: request.createdAt,
    reason: request.reason,
    decidedAt: request.decidedAt,
    decidedBy: row.decidedBy,
    decisionMessage: request.decisionMessage,
  };
}
