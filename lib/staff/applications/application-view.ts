import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { legalNameFor, timelineOf } from "@/lib/applications/queries";
import { typeSteps, type Answers } from "@/lib/applications/progress";
import { referenceShape } from "@/lib/applications/reference";
import { isUuid } from "@/lib/documents/application-access";
import { db } from "@/lib/platform/db/client";
import { applicationElements, applications, applicationTypes, credentialTypes, documents, educators, payments, staffMembers } from "@/lib/platform/db/schema";
import { requireStaff } from "@/lib/staff/guard";
import { issueRuleFor } from "./issue-rules";
import { openStatuses } from "./locked-application";

const assignee = alias(staffMembers, "assignee");
const recommender = alias(staffMembers, "recommender");

/**
 * One application as a reviewer sees it (issue 15 item 2): every answer, the documents, the payment,
 * the checklist with its element ids (for "mark received"), the timeline and where the decision
 * stands. Found by reference or id; a draft is the educator's alone and is not found. The SSN is
 * never read here: the record page is where staff see (masked) identity details.
 */
export async function staffApplication(key: string) {
  const actor = await requireStaff("reviewer");
  if (typeof key !== "string" || !(referenceShape.test(key) || isUuid(key))) return null;
  const [found] = await db
    .select({ application: applications, type: applicationTypes, publicId: educators.publicId, assigneeName: assignee.name, recommenderName: recommender.name })
    .from(applications)
    .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
    .innerJoin(educators, eq(educators.id, applications.educatorId))
    .leftJoin(assignee, eq(assignee.id, applications.assignedStaffId))
    .leftJoin(recommender, eq(recommender.id, applications.recommendedByStaffId))
    .where(isUuid(key) ? eq(applications.id, key) : eq(applications.reference, key));
  if (!found || found.application.status === "draft") return null;
  const { application, type } = found;
  const [person, timeline, checklist, files, payment, issuable] = await Promise.all([
    legalNameFor(application.userId),
    timelineOf(application.id),
    db
      .select({ id: applicationElements.id, element: applicationElements.element, owner: applicationElements.owner, status: applicationElements.status, receivedAt: applicationElements.receivedAt })
      .from(applicationElements)
      .where(eq(applicationElements.applicationId, application.id))
      .orderBy(asc(applicationElements.sortOrder), asc(applicationElements.id)),
    db
      .select({ id: documents.id, fileName: documents.fileName, mediaType: documents.mediaType, sizeBytes: documents.sizeBytes, requirement: documents.requirement, createdAt: documents.createdAt })
      .from(documents)
      .where(and(eq(documents.applicationId, application.id), eq(documents.userId, application.userId)))
      .orderBy(asc(documents.createdAt)),
    db.select({ status: payments.status, amountCents: payments.amountCents, paidAt: payments.paidAt }).from(payments).where(eq(payments.applicationId, application.id)).orderBy(desc(payments.createdAt)).limit(1),
    issueRuleFor(type.code) === "new" ? db.select({ code: credentialTypes.code, name: credentialTypes.name }).from(credentialTypes).orderBy(asc(credentialTypes.name)) : Promise.resolve([]),
  ]);
  const open = openStatuses.includes(application.status);
  return {
    formKey: application.id,
    reference: application.reference,
    status: application.status,
    typeName: type.name,
    typeCode: type.code,
    educatorName: person?.fullName ?? "Unknown educator",
    publicId: found.publicId,
    submittedAt: application.submittedAt,
    answers: application.answers as Answers,
    steps: typeSteps(type.steps),
    feeCents: application.feeCents ?? 0,
    payment: payment[0] ?? null,
    documents: files,
    checklist,
    timeline,
    assignee: application.assignedStaffId === null ? null : application.assignedStaffId === actor.id ? "You" : (found.assigneeName ?? "Another reviewer"),
    assignedToMe: application.assignedStaffId === actor.id,
    open,
    secondReviewerRequired: type.secondReviewerRequired,
    recommendedBy: application.recommendedByStaffId === null ? null : application.recommendedByStaffId === actor.id ? "You" : (found.recommenderName ?? "Another reviewer"),
    recommendedByMe: application.recommendedByStaffId === actor.id,
    recommendedAt: application.recommendedAt,
    issueRule: issueRuleFor(type.code),
    credentialTypes: issuable,
  };
}

export type StaffApplicationView = NonNullable<Awaited<ReturnType<typeof staffApplication>>>;
