import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { nameChangeRequests, notifications, users } from "@/lib/platform/db/schema";
import { errorState, fromZodError, type ActionState } from "@/lib/platform/forms/action-state";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { nameChangeSchema } from "./name-change-form";
import { profileMessages as text } from "./messages";

export type NameChangeView = { name: string; status: "received" | "approved" | "denied"; requestedAt: Date };

/** The person's latest name change request, if any. `userId` comes from requireUser() (profile-data.ts). */
export async function latestNameChangeFor(userId: string): Promise<NameChangeView | null> {
  const [row] = await db
    .select()
    .from(nameChangeRequests)
    .where(eq(nameChangeRequests.userId, userId))
    .orderBy(desc(nameChangeRequests.createdAt))
    .limit(1);
  if (!row) return null;
  return { name: [row.firstName, row.middleName, row.lastName].filter(Boolean).join(" "), status: row.status, requestedAt: row.createdAt };
}

/**
 * Records a name change request for staff review, its feed notification and its audit event in one
 * transaction. One open request at a time (a partial unique index says so; a second gets a message).
 */
export async function requestNameChangeFor(userId: string, values: Record<string, string>, facts: RequestFacts): Promise<ActionState> {
  const parsed = nameChangeSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await db.transaction(async (tx) => {
      const [user] = await tx.select({ educatorId: users.educatorId }).from(users).where(eq(users.id, userId));
      if (!user) throw new Error("no such account");
      const [request] = await tx.insert(nameChangeRequests).values({ userId, educatorId: user.educatorId, ...parsed.data }).returning({ id: nameChangeRequests.id });
      await tx.insert(notifications).values({
        userId,
        kind: "name_change_received",
        title: "Name change request received",
        body: "We received your request to change the name on your educator record. Staff will review it and let you know.",
        linkPath: "/profile",
      });
      await recordAudit({ event: "profile.name_change_requested", outcome: "success", userId, educatorId: user.educatorId, request: facts, details: { requestId: request!.id } }, tx);
    });
  } catch (error) {
    if (String(error).includes("name_change_requests_one_open_key") || String((error as { cause?: unknown }).cause).includes("name_change_requests_one_open_key")) {
      return errorState({}, values, text.nameChangeWaiting);
    }
    throw error;
  }
  return { status: "ok", fieldErrors: {}, values: {} };
}
