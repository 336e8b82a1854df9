import "server-only";
import { eq } from "drizzle-orm";
import { legalNameFor } from "@/lib/applications/queries";
import type { ApplicationStatus } from "@/lib/applications/status";
import { isUuid } from "@/lib/documents/application-access";
import type { Executor } from "@/lib/platform/db/client";
import { applications, applicationTypes } from "@/lib/platform/db/schema";

/**
 * A submitted application, row-locked for the rest of the caller's transaction, so two reviewers
 * deciding at once are serialised (the second sees the first's status). Called only from staff
 * actions, after requireStaff. Drafts are the educator's alone and are never found here.
 */
export async function lockedApplication(tx: Executor, applicationId: string) {
  if (!isUuid(applicationId)) return null;
  const [row] = await tx
    .select({ application: applications, typeName: applicationTypes.name, secondReviewerRequired: applicationTypes.secondReviewerRequired })
    .from(applications)
    .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
    .where(eq(applications.id, applicationId))
    .for("update", { of: applications });
  if (!row || row.application.status === "draft") return null;
  const person = await legalNameFor(row.application.userId, tx);
  if (!person) return null;
  return { ...row, recipient: { email: person.email, name: person.fullName } };
}

export type LockedApplication = NonNullable<Awaited<ReturnType<typeof lockedApplication>>>;

/** The statuses a reviewer can still act on; a decided or withdrawn application is closed. */
export const openStatuses: ApplicationStatus[] = ["submitted", "in_review", "information_requested"];

export const notFoundMessage = "This application was not found, or it is no longer open.";
