import "server-only";
import { and, eq } from "drizzle-orm";
import { applicationReceiptMessage } from "@/components/emails/application-receipt";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { formatLongDate } from "@/lib/platform/dates";
import { db, type Executor } from "@/lib/platform/db/client";
import { applicationElements, applicationEvents, applications, applicationTypes, notifications, type ApplicationRow, type ApplicationTypeRow, type PaymentRow } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { listDocumentsFor } from "@/lib/documents";
import { checklistFor } from "./checklist";
import { resumeStep, typeSteps, type Answers } from "./progress";
import { legalNameFor } from "./queries";
import { formatFee, statusDetails } from "./status";

export const feeWaived = (type: Pick<ApplicationTypeRow, "feeCents" | "feeWaiver">) => type.feeCents === 0 || type.feeWaiver !== null;

/** Ready to submit: every step before the fee answered (the signature last among them). */
export function readyToSubmit(type: Pick<ApplicationTypeRow, "steps">, answers: Answers): boolean {
  const steps = typeSteps(type.steps);
  return resumeStep(steps, answers) === "fee" && Boolean(answers.sign);
}

/**
 * Submits a signed draft (`userId` from the session, or the payment's confirmation, which names the
 * application it paid for): status, reference's timeline, the checklist of elements, a
 * notification and the receipt email, in one transaction. Only a draft of this owner moves, so a
 * repeated confirmation submits once. Returns the reference, or null when nothing was submitted.
 */
export async function submitApplication(
  executor: Executor,
  owner: { userId: string; applicationId: string },
  type: ApplicationTypeRow,
  payment: { paid: boolean; request: RequestFacts | null },
): Promise<string | null> {
  return executor.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.id, owner.applicationId), eq(applications.userId, owner.userId), eq(applications.status, "draft")))
      .for("update");
    // Not a draft of theirs any more (a repeated confirmation), or not signed: nothing moves.
    if (!draft || draft.typeCode !== type.code || !readyToSubmit(type, draft.answers as Answers)) return null;
    const at = now();
    const [moved] = await tx
      .update(applications)
      .set({ status: "submitted", submittedAt: at, updatedAt: at, feeCents: payment.paid ? type.feeCents : 0 })
      .where(eq(applications.id, draft.id))
      .returning();
    await writeSubmissionRecords(tx, moved!, type, payment.paid, at);
    await recordAudit({ event: "application.submitted", outcome: "success", userId: owner.userId, request: payment.request, details: { type: type.code, paid: payment.paid } }, tx);
    return moved!.reference;
  });
}

async function writeSubmissionRecords(tx: Executor, application: ApplicationRow, type: ApplicationTypeRow, paid: boolean, at: Date) {
  const uploaded = await listDocumentsFor(application.userId, application.id, tx);
  const elements = checklistFor(type, application.answers as Answers, paid, uploaded.map((document) => document.requirement));
  await tx.insert(applicationElements).values(elements.map((element, index) => ({ ...element, applicationId: application.id, userId: application.userId, sortOrder: index, receivedAt: element.status === "received" ? at : null })));
  await tx.insert(applicationEvents).values([
    ...(paid ? [{ applicationId: application.id, userId: application.userId, occurredAt: at, kind: "paid", actor: "you" as const, description: `You paid the fee of ${formatFee(type.feeCents)}` }] : []),
    { applicationId: application.id, userId: application.userId, occurredAt: at, kind: "status:submitted", actor: "you", description: "You signed and submitted the application" },
  ]);
  const linkPath = `/applications/${application.reference}`;
  await tx.insert(notifications).values({ userId: application.userId, kind: "application_status_changed", title: `Application ${application.reference}: Submitted`, body: statusDetails.submitted, linkPath });
  const person = await legalNameFor(application.userId, tx);
  if (person) {
    await enqueueEmail(
      tx,
      applicationReceiptMessage(person.email, {
        name: person.fullName,
        reference: application.reference,
        typeName: type.name,
        submitted: formatLongDate(at),
        fee: feeWaived(type) ? "no fee" : `${formatFee(type.feeCents)} paid`,
        applicationUrl: appLink(linkPath),
      }),
    );
  }
}

/** For the fee step when no payment is due: submits at once. */
export async function submitWithoutFee(userId: string, application: ApplicationRow, type: ApplicationTypeRow, request: RequestFacts) {
  return submitApplication(db, { userId, applicationId: application.id }, type, { paid: false, request });
}

export const APPLICATION_FEE = "application_fee";

/**
 * The fee's paid-handler (lib/payments whenPaymentPaid): runs once, inside the transaction that marks
 * the payment paid, and submits the application the payment names, for the payment's own person.
 * It never throws for a mismatch: the money is recorded either way, and staff see the payment.
 */
export async function submitPaidApplication(payment: PaymentRow, tx: Executor): Promise<void> {
  const [row] = await tx.select({ type: applicationTypes }).from(applications).innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode)).where(eq(applications.id, payment.applicationId));
  if (!row || payment.amountCents !== row.type.feeCents) return;
  await submitApplication(tx, { userId: payment.userId, applicationId: payment.applicationId }, row.type, { paid: true, request: null });
}
