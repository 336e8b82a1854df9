import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { today } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { credentials, credentialTypes, users } from "@/lib/db/schema";
import type { CredentialRank, CredentialStatus } from "@/lib/db/schema/enums";
import { isExpiringSoon } from "./expiry";


export type CredentialView = {
  certificateNumber: string;
  typeName: string;
  area: string | null;
  gradeRange: string | null;
  rank: CredentialRank | null;
  status: CredentialStatus;
  effectiveDate: string;
  expirationDate: string | null;
  expiringSoon: boolean;
};

/**
 * The signed-in person's credentials, active first, then by expiration (latest first). The person is
 * the session's, reached through users.educator_id: one query, indexed on credentials_educator_status_idx.
 */
export async function myCredentials(): Promise<CredentialView[]> {
  const user = await requireUser();
  const rows = await db
    .select({
      certificateNumber: credentials.certificateNumber,
      typeName: credentialTypes.name,
      area: credentials.area,
      gradeRange: credentials.gradeRange,
      rank: credentials.rank,
      status: credentials.status,
      effectiveDate: credentials.effectiveDate,
      expirationDate: credentials.expirationDate,
    })
    .from(users)
    .innerJoin(credentials, eq(credentials.educatorId, users.educatorId))
    .innerJoin(credentialTypes, eq(credentialTypes.id, credentials.credentialTypeId))
    .where(eq(users.id, user.id))
    .orderBy(sql`${credentials.status} <> 'active'`, desc(credentials.expirationDate), asc(credentials.certificateNumber));
  const on = today();
  return rows.map((row) => ({ ...row, expiringSoon: isExpiringSoon(row.status, row.expirationDate, on) }));
}
