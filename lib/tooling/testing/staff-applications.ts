import { and, eq } from "drizzle-orm";
import { heldCredentialsFor } from "@/lib/applications/queries";
import { newApplicationReference } from "@/lib/applications/reference";
import { db } from "@/lib/platform/db/client";
import { applicationElements, applicationEvents, applications, auditEvents, credentials, notifications } from "@/lib/platform/db/schema";
import { educatorWith } from "./application-people";
import { newRequest } from "./session-seam";
import { createTestStaff, signInStaffInSeam, staffSessionToken, type TestStaff } from "./staff";

/**
 * Test code only (issue 15): a submitted application as the wizard and the fee leave it (an active
 * certificate named in the answers, a waiting checklist item), and reviewers signed in through the
 * session seam, for the console's decision tests.
 */
export async function submittedApplication(typeCode = "renewal", options: { expiresInDays?: number; submittedDaysAgo?: number; answers?: Record<string, Record<string, string>> } = {}) {
  const person = await educatorWith([{ status: "active", expiresInDays: options.expiresInDays ?? 45 }]);
  const [held] = await heldCredentialsFor(person.userId);
  const submittedAt = new Date(Date.now() - (options.submittedDaysAgo ?? 1) * 86_400_000);
  const [application] = await db
    .insert(applications)
    .values({
      reference: newApplicationReference(),
      userId: person.userId,
      educatorId: person.educatorId,
      typeCode,
      status: "submitted",
      currentStep: "fee",
      submittedAt,
      answers: options.answers ?? { eligibility: { certificateNumber: held!.certificateNumber } },
    })
    .returning();
  const [element] = await db
    .insert(applicationElements)
    .values({ applicationId: application!.id, userId: person.userId, element: "Verification of experience", owner: "district", status: "waiting", sortOrder: 1 })
    .returning({ id: applicationElements.id });
  return { person, application: application!, certificate: held!, elementId: element!.id };
}

export async function reviewer(name?: string): Promise<TestStaff> {
  return createTestStaff({ roles: ["reviewer"], name });
}

/** Starts a new request in the seam with this staff member's console session. */
export async function actAs(staff: TestStaff): Promise<void> {
  newRequest(null);
  signInStaffInSeam(await staffSessionToken(staff.id));
}

export async function applicationNow(applicationId: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId));
  return row!;
}

export async function credentialNow(certificateNumber: string) {
  const [row] = await db.select().from(credentials).where(eq(credentials.certificateNumber, certificateNumber));
  return row ?? null;
}

export async function timelineBodies(applicationId: string) {
  return db.select({ kind: applicationEvents.kind, body: applicationEvents.body, description: applicationEvents.description }).from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId));
}

export async function notificationsOf(userId: string) {
  return db.select({ title: notifications.title, body: notifications.body }).from(notifications).where(eq(notifications.userId, userId));
}

export async function staffEvents(staffId: string, event: string) {
  return db.select().from(auditEvents).where(and(eq(auditEvents.staffId, staffId), eq(auditEvents.event, event)));
}
