import "server-only";
import { asc, inArray } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { supportRequestMessages } from "@/lib/platform/db/schema";

/** One message of a support request's thread after the first: who wrote it (staff or the person) and when. */
export type ThreadMessage = { id: string; author: "staff" | "educator"; body: string; sentAt: Date };

/**
 * The threads of the given support requests, oldest message first, by request id. Callers have
 * already decided the requests are theirs to read: the console (requireStaff) or "My requests"
 * (the signed-in person's own requests).
 */
export async function threadsOf(supportRequestIds: string[]): Promise<Map<string, ThreadMessage[]>> {
  const threads = new Map<string, ThreadMessage[]>();
  if (supportRequestIds.length === 0) return threads;
  const rows = await db
    .select()
    .from(supportRequestMessages)
    .where(inArray(supportRequestMessages.supportRequestId, supportRequestIds))
    .orderBy(asc(supportRequestMessages.createdAt), asc(supportRequestMessages.id));
  for (const row of rows) {
    const thread = threads.get(row.supportRequestId) ?? [];
    thread.push({ id: row.id, author: row.author === "staff" ? "staff" : "educator", body: row.body, sentAt: row.createdAt });
    threads.set(row.supportRequestId, thread);
  }
  return threads;
}
