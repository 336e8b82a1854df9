import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { nameChangeDecidedMessage } from "@/components/emails/name-change-decided";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { educatorNames, educators, nameChangeRequests, notifications, users } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { errorState, fieldErrorsOf, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { decryptPii } from "@/lib/platform/security/pii";
import { lastFourOf } from "@/lib/platform/security/ssn";
import { educatorNameRow } from "@/lib/records/educator-rows";
import { recordStaffAudit } from "../audit";
import { requireStaff, type StaffActor } from "../guard";
import { notFoundMessage, rowId, staffMessage } from "./staff-message";

export const nameChangeDecisionFields = ["requestId", "message"] as const;
type Values = Record<(typeof nameChangeDecisionFields)[number], string>;
type NameChangeRequest = typeof nameChangeRequests.$inferSelect;
type Decision = ActionState<"message", "approved" | "denied">;

const approveSchema = z.object({ requestId: rowId, message: z.union([z.literal(""), staffMessage("")]) });
const denySchema = z.object({ requestId: rowId, message: staffMessage("Enter a message telling the educator why") });

const fullName = (row: { firstName: string; middleName: string | null; lastName: string }) => [row.firstName, row.middleName, row.lastName].filter(Boolean).join(" ");

/**
 * Approve: the record's current name becomes a former name and the requested name the current one,
 * each row rebuilt by educatorNameRow (the import's normaliser and fingerprints), so the public search
 * finds the person by both names where the record shows former names. A former name equal to the new
 * one (a return to a maiden name) is folded into it rather than kept twice. Role: reviewer.
 */
export async function approveNameChange(values: Values): Promise<Decision> {
  const actor = await requireStaff("reviewer");
  const parsed = approveSchema.safeParse(values);
  if (!parsed.success) return refused(parsed.error, values);
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, parsed.data.requestId);
    if (typeof request === "string") return refusedWith(request, values);
    const [educator] = await tx.select().from(educators).where(eq(educators.id, request.educatorId)).for("update");
    const ssnLastFour = lastFourOf(decryptPii(educator!.ssnCiphertext, educator!.ssnKeyId, "ssn"));
    const next = educatorNameRow(request, "current", { educatorId: educator!.id, dateOfBirth: educator!.dateOfBirth, ssnLastFour });
    await tx.update(educatorNames).set({ kind: "former" }).where(and(eq(educatorNames.educatorId, educator!.id), eq(educatorNames.kind, "current")));
    await tx
      .delete(educatorNames)
      .where(and(eq(educatorNames.educatorId, educator!.id), eq(educatorNames.kind, "former"), eq(educatorNames.firstNameNorm, next.firstNameNorm), eq(educatorNames.lastNameNorm, next.lastNameNorm)));
    await tx.insert(educatorNames).values(next);
    await tx.update(users).set({ name: `${next.firstName} ${next.lastName}` }).where(eq(users.id, request.userId));
    await decide(tx, actor, request, "approved", parsed.data.message || null);
    return outcomeState("approved" as const) as Decision;
  });
}

/** Deny, with a message saying why (it reaches the educator by notification and email). Role: reviewer. */
export async function denyNameChange(values: Values): Promise<Decision> {
  const actor = await requireStaff("reviewer");
  const parsed = denySchema.safeParse(values);
  if (!parsed.success) return refused(parsed.error, values);
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, parsed.data.requestId);
    if (typeof request === "string") return refusedWith(request, values);
    await decide(tx, actor, request, "denied", parsed.data.message);
    return outcomeState("denied" as const) as Decision;
  });
}

/** The request, locked, while it still waits; otherwise why not. */
async function openRequest(tx: Executor, id: string): Promise<NameChangeRequest | string> {
  const [request] = await tx.select().from(nameChangeRequests).where(eq(nameChangeRequests.id, id)).for("update");
  if (!request) return notFoundMessage;
  if (request.status !== "received") return "This request has already been decided.";
  return request;
}

/** The decision itself: the request's row, the educator's notification and email, and the audit event, in one transaction. */
async function decide(tx: Executor, actor: StaffActor, request: NameChangeRequest, status: "approved" | "denied", message: string | null): Promise<void> {
  await tx.update(nameChangeRequests).set({ status, decidedAt: now(), decidedBy: actor.id, decisionMessage: message }).where(eq(nameChangeRequests.id, request.id));
  const approved = status === "approved";
  const newName = fullName(request);
  await tx.insert(notifications).values({
    userId: request.userId,
    kind: "name_change_decided",
    title: approved ? "Name change approved" : "Name change not approved",
    body: approved ? `Your educator record now shows the name ${newName}.` : `We could not approve the change of your name to ${newName}. See the message from the agency.`,
    linkPath: "/requests",
  });
  const [account] = await tx.select({ email: users.email, name: users.name, username: users.username }).from(users).where(eq(users.id, request.userId));
  if (account) {
    await enqueueEmail(tx, nameChangeDecidedMessage(account.email, { name: account.name ?? account.username, approved, newName, message, requestsUrl: appLink("/requests") }));
  }
  await recordStaffAudit(actor, { event: `staff.name_change.${status}`, userId: request.userId, educatorId: request.educatorId, details: { requestId: request.id } }, tx);
}

function refused(error: z.ZodError, values: Values): Decision {
  const { requestId, ...fieldErrors } = fieldErrorsOf(error);
  return errorState(fieldErrors, { message: values.message }, requestId ? notFoundMessage : undefined) as Decision;
}

function refusedWith(message: string, values: Values): Decision {
  return errorState({}, { message: values.message }, message) as Decision;
}
