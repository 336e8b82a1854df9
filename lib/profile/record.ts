import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { educatorNames, educators, users } from "@/lib/platform/db/schema";
import { decryptPii } from "@/lib/platform/security/pii";
import { maskSsn } from "@/lib/platform/security/ssn";

export type RecordView = { fullName: string; dateOfBirth: string; maskedSsn: string; publicId: string; username: string; email: string };

/**
 * The person's educator record as the profile shows it. The SSN is decrypted only to be masked here:
 * nothing past the last four digits leaves this function (PII-7). `userId` comes from requireUser().
 */
export async function recordFor(userId: string): Promise<RecordView | null> {
  const [row] = await db
    .select({
      username: users.username,
      email: users.email,
      publicId: educators.publicId,
      dateOfBirth: educators.dateOfBirth,
      ssnCiphertext: educators.ssnCiphertext,
      ssnKeyId: educators.ssnKeyId,
      firstName: educatorNames.firstName,
      middleName: educatorNames.middleName,
      lastName: educatorNames.lastName,
      suffix: educatorNames.suffix,
    })
    .from(users)
    .innerJoin(educators, eq(educators.id, users.educatorId))
    .innerJoin(educatorNames, and(eq(educatorNames.educatorId, educators.id), eq(educatorNames.kind, "current")))
    .where(eq(users.id, userId));
  if (!row) return null;
  return {
    fullName: [row.firstName, row.middleName, row.lastName, row.suffix].filter(Boolean).join(" "),
    dateOfBirth: row.dateOfBirth,
    maskedSsn: maskSsn(decryptPii(row.ssnCiphertext, row.ssnKeyId, "ssn")),
    publicId: row.publicId,
    username: row.username,
    email: row.email,
  };
}
