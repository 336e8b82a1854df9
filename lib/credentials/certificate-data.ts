import "server-only";
import { and, eq } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/platform/db/client";
import { credentials, credentialTypes, educatorNames, educators, users } from "@/lib/platform/db/schema";
import type { CertificateFacts } from "./certificate-pdf";

const certificateNumberShape = /^[0-9A-Za-z-]{1,20}$/;

/**
 * The facts printed on the signed-in educator's certificate, only for one of their own active
 * credentials (NX-2): the number from the URL is looked up among the session's person's credentials,
 * so anyone else's number, or an expired or suspended one, finds nothing (the route's 404).
 */
export async function myCertificateFacts(certificateNumber: string): Promise<Omit<CertificateFacts, "agencyName" | "verificationUrl"> | null> {
  const user = await requireUser();
  if (typeof certificateNumber !== "string" || !certificateNumberShape.test(certificateNumber)) return null;
  const [row] = await db
    .select({
      firstName: educatorNames.firstName,
      middleName: educatorNames.middleName,
      lastName: educatorNames.lastName,
      suffix: educatorNames.suffix,
      publicId: educators.publicId,
      typeName: credentialTypes.name,
      area: credentials.area,
      gradeRange: credentials.gradeRange,
      rank: credentials.rank,
      effectiveDate: credentials.effectiveDate,
      expirationDate: credentials.expirationDate,
      certificateNumber: credentials.certificateNumber,
    })
    .from(users)
    .innerJoin(credentials, eq(credentials.educatorId, users.educatorId))
    .innerJoin(educators, eq(educators.id, users.educatorId))
    .innerJoin(educatorNames, and(eq(educatorNames.educatorId, users.educatorId), eq(educatorNames.kind, "current")))
    .innerJoin(credentialTypes, eq(credentialTypes.id, credentials.credentialTypeId))
    .where(and(eq(users.id, user.id), eq(credentials.certificateNumber, certificateNumber), eq(credentials.status, "active")));
  if (!row) return null;
  const { firstName, middleName, lastName, suffix, ...facts } = row;
  return { ...facts, holderName: [firstName, middleName, lastName, suffix].filter(Boolean).join(" ") };
}
