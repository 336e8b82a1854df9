import "server-only";
import { eq } from "drizzle-orm";
import { applicationStatusMessage } from "@/components/emails/application-status";
import { now } from "@/lib/platform/clock";
import type { Executor } from "@/lib/platform/db/client";
import { applicationEvents, applications, notifications } from "@/lib/platform/db/schema";
import type { ApplicationStatus } from "@/lib/platform/db/schema/enums";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { statusDetails, statusLabels } from "./status";

export type StatusChange = {
  application: { id: string; reference: string; userId: string };
  typeName: string;
  to: ApplicationStatus;
  actor: "you" | "agency" | "system";
  /** The timeline's line, e.g. "You withdrew the application". */
  description: string;
  recipient: { email: string; name: string };
  /** The agency's own words (a request for information, a denial's reason, what was issued): shown instead of the stock detail. */
  message?: string;
  /** Kept on the timeline as the event's body (the staff message the educator answers). */
  body?: string;
};

/**
 * The one way an application's status changes after submission (the educator's withdrawal and
 * answer here, the staff console's decisions later): the row, a timeline event, an Activity Feed
 * notification and an email, all in the caller's transaction so none is written without the others.
 */
export async function changeApplicationStatus(tx: Executor, change: StatusChange): Promise<void> {
  const at = now();
  const { application, to } = change;
  const stamps =
    to === "in_review" ? { reviewStartedAt: at } : to === "approved" || to === "denied" ? { decidedAt: at } : to === "submitted" ? { submittedAt: at } : {};
  await tx.update(applications).set({ status: to, updatedAt: at, ...stamps }).where(eq(applications.id, application.id));
  await tx.insert(applicationEvents).values({ applicationId: application.id, userId: application.userId, occurredAt: at, kind: `status:${to}`, actor: change.actor, description: change.description, body: change.body ?? null });
  const detail = change.message ? `${statusDetails[to]} ${change.message}` : statusDetails[to];
  const linkPath = `/applications/${application.reference}`;
  await tx.insert(notifications).values({
    userId: application.userId,
    kind: "application_status_changed",
    title: `Application ${application.reference}: ${statusLabels[to]}`,
    body: detail,
    linkPath,
  });
  await enqueueEmail(
    tx,
    applicationStatusMessage(change.recipient.email, {
      name: change.recipient.name,
      reference: application.reference,
      typeName: change.typeName,
      status: statusLabels[to],
      detail,
      applicationUrl: appLink(linkPath),
    }),
  );
}
