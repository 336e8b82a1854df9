import "server-only";
import { eq } from "drizzle-orm";
import { changeApplicationStatus } from "@/lib/applications/status-change";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { applications } from "@/lib/platform/db/schema";
import { errorState, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "@/lib/staff/audit";
import { requireStaff, type StaffActor } from "@/lib/staff/guard";
import { issueCredential } from "./issue-credential";
import { lockedApplication, notFoundMessage, type LockedApplication } from "./locked-application";
import type { Decided } from "./review-fields";

type ApprovalField = "credentialType" | "area" | "rank";
type Approval = ActionState<ApprovalField, Decided<"approved">>;
type Recommendation = ActionState<never, Decided<"recommended">>;

/**
 * The two-person rule (issue 15 item 2), where the application's type asks for it: approval needs a
 * recommendation by another reviewer. Pure, so the rule is tested on its own; enforced below under
 * the application's row lock, so two reviewers cannot both slip past it at once.
 */
export function twoPersonRefusal(found: Pick<LockedApplication, "secondReviewerRequired" | "application">, actor: Pick<StaffActor, "id">): string | null {
  if (!found.secondReviewerRequired) return null;
  const recommendedBy = found.application.recommendedByStaffId;
  if (!recommendedBy) return "This type of application needs a recommendation from one reviewer before another approves it. Recommend approval first.";
  if (recommendedBy === actor.id) return "You recommended this application, so a second reviewer must approve it.";
  return null;
}

/** Under the two-person rule: "Recommend approval" by the first reviewer (who then cannot approve). */
export async function recommendApproval(values: Record<string, string>): Promise<Recommendation> {
  const actor = await requireStaff("reviewer");
  return db.transaction(async (tx) => {
    const found = await lockedApplication(tx, values.applicationId ?? "");
    if (!found || found.application.status !== "in_review") return errorState({}, {}, notFoundMessage) as Recommendation;
    if (!found.secondReviewerRequired) return errorState({}, {}, "This type of application needs no recommendation: approve it directly.") as Recommendation;
    if (found.application.recommendedByStaffId) return errorState({}, {}, "This application is already recommended for approval.") as Recommendation;
    await tx.update(applications).set({ recommendedByStaffId: actor.id, recommendedAt: now(), updatedAt: now() }).where(eq(applications.id, found.application.id));
    await recordStaffAudit(actor, { event: "staff.application.recommended", userId: found.application.userId, educatorId: found.application.educatorId, details: { type: found.application.typeCode } }, tx);
    return outcomeState({ done: "recommended" as const, reference: found.application.reference }) as Recommendation;
  });
}

/**
 * "Approve": issues the credential (issue-credential.ts) and tells the educator, all in one
 * transaction, so the dashboard and the public search show it the moment this commits.
 */
export async function approveApplication(values: Record<string, string>): Promise<Approval> {
  const actor = await requireStaff("reviewer");
  const choice = { credentialType: values.credentialType ?? "", area: values.area ?? "", rank: values.rank ?? "" };
  return db.transaction(async (tx) => {
    const found = await lockedApplication(tx, values.applicationId ?? "");
    if (!found || found.application.status !== "in_review") return errorState({}, {}, "Only an application in review can be approved. " + notFoundMessage) as Approval;
    const refusal = twoPersonRefusal(found, actor);
    if (refusal) return errorState({}, {}, refusal) as Approval;
    const outcome = await issueCredential(tx, found.application, choice);
    if (!outcome.ok) return (outcome.field ? errorState({ [outcome.field]: outcome.message }, choice) : errorState({}, choice, outcome.message)) as Approval;
    const { issued } = outcome;
    await tx.update(applications).set({ credentialId: issued.credentialId }).where(eq(applications.id, found.application.id));
    await changeApplicationStatus(tx, {
      application: found.application,
      typeName: found.typeName,
      to: "approved",
      actor: "agency",
      description: issued.summary ? `We approved the application. ${issued.summary}` : "We approved the application",
      recipient: found.recipient,
      message: issued.summary || undefined,
    });
    await recordStaffAudit(
      actor,
      { event: "staff.application.approved", userId: found.application.userId, educatorId: found.application.educatorId, details: { type: found.application.typeCode, certificateNumber: issued.certificateNumber, secondReviewer: found.secondReviewerRequired } },
      tx,
    );
    return outcomeState({ done: "approved" as const, reference: found.application.reference }) as Approval;
  });
}
