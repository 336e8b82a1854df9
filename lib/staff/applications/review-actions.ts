import "server-only";
import { and, eq } from "drizzle-orm";
import { changeApplicationStatus } from "@/lib/applications/status-change";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { applicationElements, applicationEvents, applications } from "@/lib/platform/db/schema";
import { errorState, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/guard";
import { lockedApplication, notFoundMessage, openStatuses } from "./locked-application";
import { denialReasonSchema, informationRequestSchema, type Decided } from "./review-fields";

/**
 * The reviewer's steps short of approval (issue 15 item 2). Each checks the role itself, finds the
 * application by the form's id under a row lock, and writes the change, the educator's timeline,
 * notification and email (changeApplicationStatus) and the staff audit event in one transaction.
 */
type Done<Outcome extends string, Field extends string = never> = ActionState<Field, Decided<Outcome>>;
const refused = <Outcome extends string, Field extends string = never>(message: string | undefined, fieldErrors: Record<string, string> = {}, values: Record<string, string> = {}) =>
  errorState(fieldErrors, values, message) as Done<Outcome, Field>;

/** "Assign to me": the reviewer takes the application; a submitted one moves into review. */
export async function assignApplicationToMe(values: Record<string, string>): Promise<Done<"assigned">> {
  const actor = await requireStaff("reviewer");
  return db.transaction(async (tx) => {
    const found = await lockedApplication(tx, values.applicationId ?? "");
    if (!found || !openStatuses.includes(found.application.status)) return refused<"assigned">(notFoundMessage);
    await tx.update(applications).set({ assignedStaffId: actor.id, updatedAt: now() }).where(eq(applications.id, found.application.id));
    if (found.application.status === "submitted") {
      await changeApplicationStatus(tx, { application: found.application, typeName: found.typeName, to: "in_review", actor: "agency", description: "A reviewer started on your application", recipient: found.recipient });
    }
    await recordStaffAudit(actor, { event: "staff.application.assigned", userId: found.application.userId, educatorId: found.application.educatorId, details: { type: found.application.typeCode } }, tx);
    return outcomeState({ done: "assigned" as const, reference: found.application.reference });
  });
}

/** "Mark received" on one element of the checklist; it must belong to this application and still be waiting. */
export async function markElementReceived(values: Record<string, string>): Promise<Done<"received">> {
  const actor = await requireStaff("reviewer");
  const elementId = /^\d{1,9}$/.test(values.elementId ?? "") ? Number(values.elementId) : null;
  return db.transaction(async (tx) => {
    const found = await lockedApplication(tx, values.applicationId ?? "");
    if (!found || elementId === null || !openStatuses.includes(found.application.status)) return refused<"received">(notFoundMessage);
    const at = now();
    const [element] = await tx
      .update(applicationElements)
      .set({ status: "received", receivedAt: at })
      .where(and(eq(applicationElements.id, elementId), eq(applicationElements.applicationId, found.application.id), eq(applicationElements.status, "waiting")))
      .returning({ element: applicationElements.element });
    if (!element) return refused<"received">("That item was already received or is not on this application's checklist.");
    await tx.insert(applicationEvents).values({ applicationId: found.application.id, userId: found.application.userId, occurredAt: at, kind: "element_received", actor: "agency", description: `Received: ${element.element}` });
    await recordStaffAudit(actor, { event: "staff.application.element_received", userId: found.application.userId, educatorId: found.application.educatorId, details: { element: element.element } }, tx);
    return outcomeState({ done: "received" as const, reference: found.application.reference });
  });
}

/** "Request information": the educator gets the message (notification and email) and answers on their application page. */
export async function requestInformation(values: Record<string, string>): Promise<Done<"requested", "message">> {
  const actor = await requireStaff("reviewer");
  const parsed = informationRequestSchema.safeParse(values.message ?? "");
  return db.transaction(async (tx) => {
    const found = await lockedApplication(tx, values.applicationId ?? "");
    if (!found || !["submitted", "in_review"].includes(found.application.status)) return refused<"requested", "message">(notFoundMessage);
    if (!parsed.success) return refused<"requested", "message">(undefined, { message: parsed.error.issues[0]!.message }, { message: values.message ?? "" });
    await changeApplicationStatus(tx, {
      application: found.application,
      typeName: found.typeName,
      to: "information_requested",
      actor: "agency",
      description: "We asked you for more information",
      recipient: found.recipient,
      message: `Our request: ${parsed.data}`,
      body: parsed.data,
    });
    // A new question starts a new round: a recommendation made before it no longer stands.
    await tx.update(applications).set({ recommendedByStaffId: null, recommendedAt: null }).where(eq(applications.id, found.application.id));
    await recordStaffAudit(actor, { event: "staff.application.information_requested", userId: found.application.userId, educatorId: found.application.educatorId, details: { type: found.application.typeCode } }, tx);
    return outcomeState({ done: "requested" as const, reference: found.application.reference }) as Done<"requested", "message">;
  });
}

/** "Deny" with a reason the educator reads in the notification, the email and the timeline. */
export async function denyApplication(values: Record<string, string>): Promise<Done<"denied", "reason">> {
  const actor = await requireStaff("reviewer");
  const parsed = denialReasonSchema.safeParse(values.reason ?? "");
  return db.transaction(async (tx) => {
    const found = await lockedApplication(tx, values.applicationId ?? "");
    if (!found || !openStatuses.includes(found.application.status)) return refused<"denied", "reason">(notFoundMessage);
    if (!parsed.success) return refused<"denied", "reason">(undefined, { reason: parsed.error.issues[0]!.message }, { reason: values.reason ?? "" });
    await changeApplicationStatus(tx, {
      application: found.application,
      typeName: found.typeName,
      to: "denied",
      actor: "agency",
      description: "We denied the application",
      recipient: found.recipient,
      message: `The reason: ${parsed.data}`,
      body: parsed.data,
    });
    await recordStaffAudit(actor, { event: "staff.application.denied", userId: found.application.userId, educatorId: found.application.educatorId, details: { type: found.application.typeCode } }, tx);
    return outcomeState({ done: "denied" as const, reference: found.application.reference }) as Done<"denied", "reason">;
  });
}
