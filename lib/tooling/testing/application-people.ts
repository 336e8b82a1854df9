import { sql } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { credentials, credentialTypes, passwordHashes } from "@/lib/platform/db/schema";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { context, goodPassword, insertTestAccount } from "@/lib/tooling/testing/factory";
import { saveStepFor } from "@/lib/applications/save-step";

/** Test code only: educators with the certificates the application rules look at, and a wizard driver. */
export { context, goodPassword };

let certificates = 0;

export async function educatorWith(held: { status: "active" | "expired"; expiresInDays: number; rank?: "I" | "II" | null }[] = []) {
  const account = await insertTestAccount();
  await db.insert(passwordHashes).values({ userId: account.userId, hash: await hashPassword(goodPassword) });
  const [type] = await db
    .insert(credentialTypes)
    .values({ code: "PROF-TEST", name: "Professional Certificate", category: "teaching", validityYears: 5 })
    .onConflictDoUpdate({ target: credentialTypes.code, set: { name: sql`excluded.name` } })
    .returning({ id: credentialTypes.id });
  for (const credential of held) {
    certificates += 1;
    await db.insert(credentials).values({
      educatorId: account.educatorId,
      credentialTypeId: type!.id,
      certificateNumber: `T${process.pid}${String(certificates).padStart(5, "0")}`,
      area: "Elementary Education",
      rank: credential.rank ?? "II",
      status: credential.status,
      effectiveDate: "2015-07-01",
      expirationDate: sql`current_date + ${credential.expiresInDays}::int` as unknown as string,
    });
  }
  return { ...account, fullName: `${account.person.firstName} ${account.person.lastName}` };
}

/** Posts one wizard step as the form would; returns where the wizard goes next, or the errors. */
export async function post(userId: string, typeCode: string, step: string, values: Record<string, string> = {}) {
  return saveStepFor(userId, { applicationType: typeCode, step, ...values }, context);
}

export const noToAll = { convicted: "no", pendingCharges: "no", disciplined: "no", deniedElsewhere: "no" };
