import { eq } from "drizzle-orm";
import { newApplicationReference } from "@/lib/applications/reference";
import { db } from "@/lib/platform/db/client";
import { applications, users } from "@/lib/platform/db/schema";

/**
 * A draft application of `userId`'s (documents and payments belong to a real application: their
 * application_id is a foreign key). Tests only; `typeCode` must be a seeded type.
 */
export async function insertDraftApplication(userId: string, typeCode = "renewal"): Promise<string> {
  const [user] = await db.select({ educatorId: users.educatorId }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("insertDraftApplication: no such account");
  const [row] = await db
    .insert(applications)
    .values({ reference: newApplicationReference(), userId, educatorId: user.educatorId, typeCode, currentStep: "documents" })
    .onConflictDoNothing()
    .returning({ id: applications.id });
  if (row) return row.id;
  // One draft per type: a second call for the same person and type gets another type's draft.
  const next = ["initial", "add-area", "rank-change", "duplicate"].find((code) => code !== typeCode)!;
  return insertDraftApplication(userId, next);
}

/** Any number of (submitted) applications of `userId`'s, for tests that need only a real id. */
export async function insertApplicationRow(userId: string): Promise<string> {
  const [user] = await db.select({ educatorId: users.educatorId }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error("insertApplicationRow: no such account");
  const [row] = await db
    .insert(applications)
    .values({ reference: newApplicationReference(), userId, educatorId: user.educatorId, typeCode: "renewal", status: "submitted", currentStep: "fee" })
    .returning({ id: applications.id });
  return row!.id;
}
