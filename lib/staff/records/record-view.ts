import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { MICROSOFT_PROVIDER_ID } from "@/lib/auth/microsoft-provider";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import {
  accounts,
  applications,
  applicationTypes,
  credentials,
  credentialTypes,
  disciplinaryActions,
  educatorNames,
  educators,
  recordCorrections,
  staffMembers,
  users,
} from "@/lib/platform/db/schema";
import { decryptPii } from "@/lib/platform/security/pii";
import { maskSsn } from "@/lib/platform/security/ssn";
import { normalizePublicId } from "@/lib/records/public-id";
import { requireStaff } from "../guard";

/**
 * A record as the console shows it (records or support): names, date of birth, the SSN's last four
 * only, credentials, applications, public actions, account status and the correction history. No
 * SSN beyond ***-**-1234 leaves this function (the reveal is its own audited action).
 */
export async function staffRecordView(publicId: string) {
  await requireStaff("records", "support");
  const id = normalizePublicId(publicId);
  if (!id) return null;
  const [educator] = await db.select().from(educators).where(eq(educators.publicId, id)).limit(1);
  if (!educator) return null;
  const of = educator.id;
  const [names, credentialRows, applicationRows, actionRows, corrections, [account]] = await Promise.all([
    db.select({ kind: educatorNames.kind, firstName: educatorNames.firstName, middleName: educatorNames.middleName, lastName: educatorNames.lastName, suffix: educatorNames.suffix }).from(educatorNames).where(eq(educatorNames.educatorId, of)).orderBy(asc(educatorNames.kind), asc(educatorNames.createdAt)),
    db
      .select({ certificateNumber: credentials.certificateNumber, type: credentialTypes.name, area: credentials.area, status: credentials.status, effectiveDate: credentials.effectiveDate, expirationDate: credentials.expirationDate })
      .from(credentials)
      .innerJoin(credentialTypes, eq(credentialTypes.id, credentials.credentialTypeId))
      .where(eq(credentials.educatorId, of))
      .orderBy(desc(credentials.effectiveDate)),
    db
      .select({ id: applications.id, reference: applications.reference, type: applicationTypes.name, status: applications.status, submittedAt: applications.submittedAt })
      .from(applications)
      .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
      .where(eq(applications.educatorId, of))
      .orderBy(desc(applications.createdAt)),
    db.select({ actionType: disciplinaryActions.actionType, actionDate: disciplinaryActions.actionDate, summary: disciplinaryActions.summary }).from(disciplinaryActions).where(eq(disciplinaryActions.educatorId, of)).orderBy(desc(disciplinaryActions.actionDate)),
    db
      .select({ field: recordCorrections.field, oldValue: recordCorrections.oldValue, oldKeyId: recordCorrections.oldKeyId, newValue: recordCorrections.newValue, newKeyId: recordCorrections.newKeyId, reason: recordCorrections.reason, at: recordCorrections.createdAt, staff: staffMembers.name })
      .from(recordCorrections)
      .leftJoin(staffMembers, eq(staffMembers.id, recordCorrections.staffId))
      .where(eq(recordCorrections.educatorId, of))
      .orderBy(desc(recordCorrections.createdAt)),
    db
      .select({ username: users.username, email: users.email, emailVerified: users.emailVerified, lockedUntil: users.lockedUntil, unlockRequiredAt: users.unlockRequiredAt, disabledAt: users.disabledAt, lastSignInAt: users.lastSignInAt, microsoftSince: accounts.createdAt })
      .from(users)
      .leftJoin(accounts, and(eq(accounts.userId, users.id), eq(accounts.provider, MICROSOFT_PROVIDER_ID)))
      .where(eq(users.educatorId, of))
      .limit(1),
  ]);
  // History is not moved by the PII key rotation (rotate-pii.ts): a number under a retired key shows as unreadable, not as an error page.
  const masked = (value: string, keyId: string | null) => {
    try {
      return maskSsn(decryptPii(value, keyId ?? "", "ssn"));
    } catch {
      return "(unreadable: its key was retired)";
    }
  };
  return {
    publicId: educator.publicId,
    dateOfBirth: educator.dateOfBirth,
    maskedSsn: maskSsn(decryptPii(educator.ssnCiphertext, educator.ssnKeyId, "ssn")),
    names,
    credentials: credentialRows,
    applications: applicationRows,
    disciplinaryActions: actionRows,
    corrections: corrections.map(({ oldKeyId, newKeyId, ...row }) =>
      row.field === "ssn" ? { ...row, oldValue: masked(row.oldValue, oldKeyId), newValue: masked(row.newValue, newKeyId) } : row,
    ),
    account: account
      ? {
          username: account.username,
          email: account.email,
          confirmed: account.emailVerified !== null,
          locked: account.unlockRequiredAt !== null || (account.lockedUntil !== null && account.lockedUntil > now()),
          disabledAt: account.disabledAt,
          lastSignInAt: account.lastSignInAt,
          microsoftSince: account.microsoftSince,
        }
      : null,
  };
}

export type StaffRecordView = NonNullable<Awaited<ReturnType<typeof staffRecordView>>>;
