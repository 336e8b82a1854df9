import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { educatorNames, educators, users } from "@/lib/platform/db/schema";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import { currentPiiKeys, decryptPii, fingerprintsForLookup, nameSearchValue, type NameSearchInput, type PiiKeys } from "@/lib/platform/security/pii";
import { lastFourOf, normalizeSsn } from "@/lib/platform/security/ssn";
import type { EducatorRows } from "./educator-rows";

/**
 * Record ids holding this SSN, found under every active fingerprint key (PII-3). At most one, by the
 * unique index. Takes the SSN as typed ("987-65-4321" or "987654321"): it is fingerprinted in the
 * same normal form as on write, so formatting never hides a duplicate.
 */
export async function findEducatorIdsBySsn(executor: Executor, ssn: string, keys: PiiKeys = currentPiiKeys()): Promise<string[]> {
  const digits = normalizeSsn(ssn);
  if (!digits) return [];
  const prints = fingerprintsForLookup("ssn", digits, keys).map((print) => print.value);
  const rows = await executor.select({ id: educators.id }).from(educators).where(inArray(educators.ssnFingerprint, prints));
  return rows.map((row) => row.id);
}

export type RecordSearchMatch = {
  educatorId: string;
  firstName: string;
  lastName: string;
  middleName: string | null;
  hasAccount: boolean;
};

/**
 * The account search primitive: an exact match on the compound fingerprint of what the person typed,
 * against current and former names alike, under every active key. Returns the record's *current*
 * name (the guide's FIRST, LAST, MIDDLE) and whether an account already owns it; nothing else.
 * One indexed round trip whatever the table size.
 */
export async function searchRecords(
  executor: Executor,
  input: NameSearchInput,
  keys: PiiKeys = currentPiiKeys(),
): Promise<RecordSearchMatch[]> {
  const prints = fingerprintsForLookup("name-search", nameSearchValue(input), keys).map((print) => print.value);
  const matched = executor
    .selectDistinct({ educatorId: educatorNames.educatorId })
    .from(educatorNames)
    .where(inArray(educatorNames.searchFingerprint, prints));
  const rows = await executor
    .select({
      educatorId: educatorNames.educatorId,
      firstName: educatorNames.firstName,
      lastName: educatorNames.lastName,
      middleName: educatorNames.middleName,
      hasAccount: sql<boolean>`${users.id} is not null`,
    })
    .from(educatorNames)
    .leftJoin(users, eq(users.educatorId, educatorNames.educatorId))
    .where(and(eq(educatorNames.kind, "current"), inArray(educatorNames.educatorId, matched)))
    .orderBy(educatorNames.lastNameNorm, educatorNames.firstNameNorm);
  return rows.map((row) => ({ ...row, hasAccount: Boolean(row.hasAccount) }));
}

/** How many same-last-name records one near-miss lookup reads at most, so a common name costs little. */
const nearMissCandidates = 200;

/**
 * Records with no account whose current or a former last name and SSN last four match, whatever the
 * first name and birth date: the records a failed account search was most likely aiming at (REG-4).
 * The search fingerprint binds all four fields, so this reads the last name's rows by index and
 * compares the last four after decrypting; a row whose SSN no active key opens is skipped.
 */
export async function findUnclaimedRecordsByLastNameAndLastFour(
  executor: Executor,
  input: { lastName: string; ssnLastFour: string },
  keys: PiiKeys = currentPiiKeys(),
): Promise<string[]> {
  const lastNameNorm = normalizeName(input.lastName);
  if (!lastNameNorm) return [];
  const rows = await executor
    .selectDistinct({ educatorId: educators.id, ssnCiphertext: educators.ssnCiphertext, ssnKeyId: educators.ssnKeyId })
    .from(educatorNames)
    .innerJoin(educators, eq(educators.id, educatorNames.educatorId))
    .leftJoin(users, eq(users.educatorId, educators.id))
    .where(and(eq(educatorNames.lastNameNorm, lastNameNorm), isNull(users.id)))
    .limit(nearMissCandidates);
  return rows.filter((row) => lastFourOf(openSsn(row, keys)) === input.ssnLastFour).map((row) => row.educatorId);
}

function openSsn(row: { ssnCiphertext: string; ssnKeyId: string }, keys: PiiKeys): string {
  try {
    return decryptPii(row.ssnCiphertext, row.ssnKeyId, "ssn", keys);
  } catch {
    return "";
  }
}

/** Writes a record and its names in one transaction: both or neither. */
export async function insertEducator(executor: Executor, rows: EducatorRows): Promise<void> {
  await executor.transaction(async (tx) => {
    await tx.insert(educators).values(rows.educator);
    await tx.insert(educatorNames).values(rows.names);
  });
}
