import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { supportReplyMessage } from "@/components/emails/support-reply";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { notifications, supportRequestMessages, supportRequests } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { errorState, fieldErrorsOf, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "../audit";
import { requireStaff, type StaffActor } from "../guard";
import { notFoundMessage, rowId, staffMessage } from "./staff-message";

export const supportReplyFields = ["supportRequestId", "message"] as const;
export const supportStatusFields = ["supportRequestId"] as const;

type SupportRequest = typeof supportRequests.$inferSelect;
type Reply = ActionState<"message", "replied">;

const replySchema = z.object({ supportRequestId: rowId, message: staffMessage("Enter your reply") });

async function lockedRequest(tx: Executor, id: string): Promise<SupportRequest | null> {
  if (!rowId.safeParse(id).success) return null;
  const [request] = await tx.select().from(supportRequests).where(eq(supportRequests.id, id)).for("update");
  return request ?? null;
}

/**
 * A staff reply: the thread's message, the request marked answered, and the reply by email to the
 * address on the request. A request sent while signed in also puts a notification in the account's
 * feed pointing at "My requests"; a visitor's (no account) gets the email only. Role: support.
 */
export async function replyToSupportRequest(values: Record<(typeof supportReplyFields)[number], string>): Promise<Reply> {
  const actor = await requireStaff("support");
  const parsed = replySchema.safeParse(values);
  if (!parsed.success) {
    const { supportRequestId, ...fieldErrors } = fieldErrorsOf(parsed.error);
    return errorState(fieldErrors, { message: values.message }, supportRequestId ? notFoundMessage : undefined) as Reply;
  }
  return db.transaction(async (tx) => {
    const request = await lockedRequest(tx, parsed.data.supportRequestId);
    if (!request) return errorState({}, { message: values.message }, notFoundMessage) as Reply;
    const at = now();
    await tx.insert(supportRequestMessages).values({ supportRequestId: request.id, author: "staff", staffId: actor.id, body: parsed.data.message, createdAt: at });
    await tx.update(supportRequests).set({ status: "answered", answeredAt: at, updatedAt: at }).where(eq(supportRequests.id, request.id));
    if (request.userId) {
      await tx.insert(notifications).values({
        userId: request.userId,
        kind: "support_answered",
        title: `Reply to your support request ${request.reference}`,
        body: "Staff answered your support request. Read the reply under My requests.",
        linkPath: "/requests",
      });
    }
    await enqueueEmail(
      tx,
      supportReplyMessage(request.email, { name: request.name, reference: request.reference, reply: parsed.data.message, requestsUrl: request.userId ? appLink("/requests") : null }),
    );
    await recordStaffAudit(actor, { event: "staff.support.replied", userId: request.userId, details: { supportRequestId: request.id } }, tx);
    return outcomeState("replied" as const) as Reply;
  });
}

/** Close a request (nothing more to do) or reopen it; the educator's "My requests" shows the status. Role: support. */
export async function closeSupportRequest(values: Record<"supportRequestId", string>): Promise<ActionState> {
  return setStatus(await requireStaff("support"), values.supportRequestId, "closed");
}

/** Reopen a closed or answered request, back into the open list. Role: support. */
export async function reopenSupportRequest(values: Record<"supportRequestId", string>): Promise<ActionState> {
  return setStatus(await requireStaff("support"), values.supportRequestId, "open");
}

async function setStatus(actor: StaffActor, id: string, status: "open" | "closed"): Promise<ActionState> {
  return db.transaction(async (tx) => {
    const request = await lockedRequest(tx, id);
    if (!request) return errorState({}, {}, notFoundMessage);
    if (request.status === status) return errorState({}, {}, status === "closed" ? "This request is already closed." : "This request is already open.");
    await tx.update(supportRequests).set({ status, updatedAt: now() }).where(eq(supportRequests.id, request.id));
    await recordStaffAudit(actor, { event: status === "closed" ? "staff.support.closed" : "staff.support.reopened", userId: request.userId, details: { supportRequestId: request.id, from: request.status } }, tx);
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}
