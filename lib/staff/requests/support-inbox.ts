import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { educators, supportRequests, users } from "@/lib/platform/db/schema";
import type { SupportTopic } from "@/lib/platform/db/schema/enums";
import { threadsOf, type ThreadMessage } from "@/lib/support/request-thread";
import { supportTopicLabel } from "@/lib/support/support-form";
import { requireStaff } from "../guard";
import { rowId } from "./staff-message";

export type SupportStatus = "open" | "answered" | "closed";
export const supportStatuses: SupportStatus[] = ["open", "answered", "closed"];
export const supportStatusLabels: Record<SupportStatus, string> = { open: "Open", answered: "Answered", closed: "Closed" };

export type SupportLine = { id: string; reference: string; topic: string; from: string; hasAccount: boolean; status: SupportStatus; sentAt: Date; updatedAt: Date };

export type SupportDetail = SupportLine & {
  email: string;
  phone: string | null;
  message: string;
  username: string | null;
  publicId: string | null;
  thread: ThreadMessage[];
};

export function supportStatusFrom(value: string | string[] | undefined): SupportStatus {
  return supportStatuses.find((status) => status === value) ?? "open";
}

const lineColumns = {
  id: supportRequests.id,
  reference: supportRequests.reference,
  topic: supportRequests.topic,
  name: supportRequests.name,
  userId: supportRequests.userId,
  status: supportRequests.status,
  sentAt: supportRequests.createdAt,
  updatedAt: supportRequests.updatedAt,
};

type LineRow = { id: string; reference: string; topic: SupportTopic; name: string; userId: string | null; status: SupportStatus; sentAt: Date; updatedAt: Date };

const toLine = (row: LineRow): SupportLine => ({
  id: row.id,
  reference: row.reference,
  topic: supportTopicLabel(row.topic),
  from: row.name,
  hasAccount: row.userId !== null,
  status: row.status,
  sentAt: row.sentAt,
  updatedAt: row.updatedAt,
});

/** The support inbox, one status at a time: open ones oldest first (they wait longest), the others newest first. Role: support. */
export async function supportRequestList(status: SupportStatus): Promise<SupportLine[]> {
  await requireStaff("support");
  const rows = await db
    .select(lineColumns)
    .from(supportRequests)
    .where(eq(supportRequests.status, status))
    .orderBy(status === "open" ? supportRequests.createdAt : desc(supportRequests.updatedAt))
    .limit(200);
  return rows.map(toLine);
}

/** How many requests wait in each status (the inbox's filter shows them). Role: support. */
export async function supportRequestCounts(): Promise<Record<SupportStatus, number>> {
  await requireStaff("support");
  const rows = await db.select({ status: supportRequests.status, count: sql<number>`count(*)::int` }).from(supportRequests).groupBy(supportRequests.status);
  return Object.fromEntries(supportStatuses.map((status) => [status, rows.find((row) => row.status === status)?.count ?? 0])) as Record<SupportStatus, number>;
}

/** One request with its thread and, for account holders, the account's username and public ID. Role: support. */
export async function supportRequestDetail(supportRequestId: string): Promise<SupportDetail | null> {
  await requireStaff("support");
  if (!rowId.safeParse(supportRequestId).success) return null;
  const [row] = await db
    .select({ ...lineColumns, email: supportRequests.email, phone: supportRequests.phone, message: supportRequests.message, username: users.username, publicId: educators.publicId })
    .from(supportRequests)
    .leftJoin(users, eq(users.id, supportRequests.userId))
    .leftJoin(educators, eq(educators.id, users.educatorId))
    .where(eq(supportRequests.id, supportRequestId));
  if (!row) return null;
  const thread = (await threadsOf([row.id])).get(row.id) ?? [];
  return { ...toLine(row), email: row.email, phone: row.phone, message: row.message, username: row.username, publicId: row.publicId, thread };
}
