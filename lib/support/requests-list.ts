import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { nameChangeRequests, supportRequests } from "@/lib/platform/db/schema";
import { threadsOf, type ThreadMessage } from "./request-thread";
import { supportTopicLabel } from "./support-form";

/**
 * One line of "My requests": what was asked, when, where it stands in words, and what was said: a
 * support request's conversation (the person's first message, then staff replies) or the reviewer's
 * message on a name change decision.
 */
export type RequestLine = {
  kind: "support" | "name-change";
  id: string;
  what: string;
  reference?: string;
  sentAt: Date;
  status: string;
  thread: ThreadMessage[];
  decisionMessage?: string | null;
};

const supportStatus = { open: "Waiting for a reply", answered: "Answered", closed: "Closed" } as const;
const nameChangeStatus = { received: "Waiting for review", approved: "Approved", denied: "Not approved" } as const;

/**
 * The support requests sent while signed in to this account and its name change requests, newest
 * first. A support request sent while signed out is not linked to any account (anyone can type any
 * address) and so is not listed: its replies go by email only. `userId` comes from requireUser()
 * (my-requests.ts).
 */
export async function requestLinesFor(userId: string): Promise<RequestLine[]> {
  const [support, nameChanges] = await Promise.all([
    db
      .select({ id: supportRequests.id, reference: supportRequests.reference, topic: supportRequests.topic, status: supportRequests.status, sentAt: supportRequests.createdAt, message: supportRequests.message })
      .from(supportRequests)
      .where(eq(supportRequests.userId, userId))
      .orderBy(desc(supportRequests.createdAt))
      .limit(100),
    db
      .select({
        id: nameChangeRequests.id,
        status: nameChangeRequests.status,
        sentAt: nameChangeRequests.createdAt,
        firstName: nameChangeRequests.firstName,
        middleName: nameChangeRequests.middleName,
        lastName: nameChangeRequests.lastName,
        decisionMessage: nameChangeRequests.decisionMessage,
      })
      .from(nameChangeRequests)
      .where(eq(nameChangeRequests.userId, userId))
      .orderBy(desc(nameChangeRequests.createdAt))
      .limit(100),
  ]);
  const threads = await threadsOf(support.map((row) => row.id));
  const lines: RequestLine[] = [
    ...support.map((row) => ({
      kind: "support" as const,
      id: row.id,
      what: `Support: ${supportTopicLabel(row.topic)}`,
      reference: row.reference,
      sentAt: row.sentAt,
      status: supportStatus[row.status],
      thread: [{ id: `${row.id}-first`, author: "educator" as const, body: row.message, sentAt: row.sentAt }, ...(threads.get(row.id) ?? [])],
    })),
    ...nameChanges.map((row) => ({
      kind: "name-change" as const,
      id: row.id,
      what: `Name change to ${[row.firstName, row.middleName, row.lastName].filter(Boolean).join(" ")}`,
      sentAt: row.sentAt,
      status: nameChangeStatus[row.status],
      thread: [],
      decisionMessage: row.decisionMessage,
    })),
  ];
  return lines.sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime());
}
