import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import {
  applicationElements,
  applicationEvents,
  applications,
  applicationTypes,
  credentials,
  credentialTypes,
  educatorNames,
  educators,
  testScores,
  users,
} from "@/lib/platform/db/schema";
import type { HeldCredential } from "./eligibility";

/**
 * Queries by user id for the guarded data functions in applications-data.ts (the id always comes
 * from requireUser()). Every query of an application names its owner in the WHERE clause, so
 * another educator's id or reference finds nothing.
 */
export async function activeApplicationTypes(executor: Executor = db) {
  return executor.select().from(applicationTypes).where(eq(applicationTypes.active, true)).orderBy(asc(applicationTypes.sortOrder));
}

export async function applicationTypeByCode(code: string, executor: Executor = db) {
  const [row] = await executor.select().from(applicationTypes).where(and(eq(applicationTypes.code, code), eq(applicationTypes.active, true)));
  return row ?? null;
}

export async function heldCredentialsFor(userId: string): Promise<HeldCredential[]> {
  return db
    .select({
      certificateNumber: credentials.certificateNumber,
      typeName: credentialTypes.name,
      area: credentials.area,
      rank: credentials.rank,
      status: credentials.status,
      expirationDate: credentials.expirationDate,
    })
    .from(users)
    .innerJoin(credentials, eq(credentials.educatorId, users.educatorId))
    .innerJoin(credentialTypes, eq(credentialTypes.id, credentials.credentialTypeId))
    .where(eq(users.id, userId))
    .orderBy(desc(credentials.expirationDate));
}

export async function storedScoresFor(userId: string) {
  return db
    .select({ id: testScores.id, testName: testScores.testName, testCode: testScores.testCode, score: testScores.score, testDate: testScores.testDate })
    .from(users)
    .innerJoin(testScores, eq(testScores.educatorId, users.educatorId))
    .where(eq(users.id, userId))
    .orderBy(desc(testScores.testDate));
}

/** The legal name on the record, as the signature must match it. */
export async function legalNameFor(userId: string, executor: Executor = db) {
  const [row] = await executor
    .select({ firstName: educatorNames.firstName, middleName: educatorNames.middleName, lastName: educatorNames.lastName, suffix: educatorNames.suffix, dateOfBirth: educators.dateOfBirth, email: users.email, username: users.username, educatorId: users.educatorId })
    .from(users)
    .innerJoin(educatorNames, and(eq(educatorNames.educatorId, users.educatorId), eq(educatorNames.kind, "current")))
    .innerJoin(educators, eq(educators.id, users.educatorId))
    .where(eq(users.id, userId));
  if (!row) return null;
  return { ...row, fullName: [row.firstName, row.middleName, row.lastName, row.suffix].filter(Boolean).join(" ") };
}

export async function draftFor(userId: string, typeCode: string, executor: Executor = db) {
  const [row] = await executor
    .select()
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.typeCode, typeCode), eq(applications.status, "draft")));
  return row ?? null;
}

export async function applicationsFor(userId: string) {
  return db
    .select({
      reference: applications.reference,
      typeCode: applications.typeCode,
      typeName: applicationTypes.name,
      status: applications.status,
      currentStep: applications.currentStep,
      answers: applications.answers,
      steps: applicationTypes.steps,
      submittedAt: applications.submittedAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
    .where(eq(applications.userId, userId))
    .orderBy(desc(applications.updatedAt));
}

export async function applicationByReferenceFor(userId: string, reference: string) {
  const [row] = await db
    .select({ application: applications, type: applicationTypes })
    .from(applications)
    .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
    .where(and(eq(applications.userId, userId), eq(applications.reference, reference)));
  return row ?? null;
}

export async function timelineOf(applicationId: string) {
  return db
    .select({ occurredAt: applicationEvents.occurredAt, description: applicationEvents.description, actor: applicationEvents.actor, body: applicationEvents.body })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
}

export async function checklistOf(applicationId: string) {
  return db
    .select({ element: applicationElements.element, owner: applicationElements.owner, status: applicationElements.status, receivedAt: applicationElements.receivedAt })
    .from(applicationElements)
    .where(eq(applicationElements.applicationId, applicationId))
    .orderBy(asc(applicationElements.sortOrder), asc(applicationElements.id));
}
