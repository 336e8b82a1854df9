import "server-only";
import { and, asc, count, gt, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/lib/platform/db/client";
import { emailOutbox, recordCorrections, recoveryRequests, staffTotpFactors, totpFactors } from "@/lib/platform/db/schema";
import { decryptPii, encryptPii, PiiDecryptionError, type PiiKeys, type PiiPurpose } from "./pii";
import { PiiRotationError } from "./rotate-pii-batch";

/**
 * Everything besides the educator's SSN that is sealed under PII_ENCRYPTION_KEYS, each value with the
 * id of its key stored beside it. Key rotation moves these to the current key as well, and refuses to
 * start while any sits under a key the configuration no longer has: without them, removing an old key
 * after a "complete" rotation would have made every authenticator app enrolled before it unusable
 * (a locked-out educator or staff member) and every corrected SSN unreadable.
 */
export type SealedColumn = {
  /** How reports name it: table and columns. */
  name: string;
  table: PgTable;
  id: AnyPgColumn;
  /** The ciphertexts under `keyId` (an email's HTML and text share one key). */
  values: AnyPgColumn[];
  /** Null where nothing is sealed (a correction of a date of birth, a sent email's emptied body). */
  keyId: AnyPgColumn;
  purpose: PiiPurpose;
};

export const sealedColumns: SealedColumn[] = [
  { name: "totp_factors.secret_ciphertext", table: totpFactors, id: totpFactors.userId, values: [totpFactors.secretCiphertext], keyId: totpFactors.secretKeyId, purpose: "totp-secret" },
  {
    name: "staff_totp_factors.secret_ciphertext",
    table: staffTotpFactors,
    id: staffTotpFactors.staffId,
    values: [staffTotpFactors.secretCiphertext],
    keyId: staffTotpFactors.secretKeyId,
    purpose: "totp-secret",
  },
  { name: "record_corrections.old_value", table: recordCorrections, id: recordCorrections.id, values: [recordCorrections.oldValue], keyId: recordCorrections.oldKeyId, purpose: "ssn" },
  { name: "record_corrections.new_value", table: recordCorrections, id: recordCorrections.id, values: [recordCorrections.newValue], keyId: recordCorrections.newKeyId, purpose: "ssn" },
  { name: "email_outbox.html, text", table: emailOutbox, id: emailOutbox.id, values: [emailOutbox.html, emailOutbox.text], keyId: emailOutbox.bodyKeyId, purpose: "email-body" },
  {
    name: "recovery_requests.typed_ciphertext",
    table: recoveryRequests,
    id: recoveryRequests.id,
    values: [recoveryRequests.typedCiphertext],
    keyId: recoveryRequests.typedKeyId,
    purpose: "recovery-request",
  },
];

export type SealedKeyUsage = { column: string; keyId: string; rows: number }[];

/** Key ids on sealed values, with row counts (never the values). */
export async function sealedKeyUsage(executor: Pick<Executor, "select">): Promise<SealedKeyUsage> {
  const usage: SealedKeyUsage = [];
  for (const column of sealedColumns) {
    const rows = await executor
      .select({ keyId: sql<string>`${column.keyId}`, rows: count() })
      .from(column.table)
      .where(isNotNull(column.keyId))
      .groupBy(column.keyId);
    for (const row of rows) usage.push({ column: column.name, keyId: row.keyId, rows: row.rows });
  }
  return usage;
}

/**
 * Moves one column's values to the current encryption key, `batchSize` rows per transaction, rows
 * locked by the portal skipped (a later pass takes them). Empty values (a sent email's body) stay
 * empty. Returns how many rows moved.
 */
export async function rotateSealedColumn(executor: Executor, keys: PiiKeys, column: SealedColumn, batchSize: number): Promise<number> {
  const current = keys.encryption[0]!.id;
  let moved = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await executor.transaction(async (tx) => {
      const notCurrent = and(isNotNull(column.keyId), ne(column.keyId, current));
      const rows = (await tx
        .select({ id: sql<string>`${column.id}`, keyId: sql<string>`${column.keyId}`, ...Object.fromEntries(column.values.map((value, i) => [`v${i}`, value])) })
        .from(column.table)
        .where(after ? and(gt(column.id, after), notCurrent) : notCurrent)
        .orderBy(asc(column.id))
        .limit(batchSize)
        .for("update", { skipLocked: true })) as ({ id: string; keyId: string } & Record<string, string>)[];
      // Everything is decrypted before anything is written: one damaged value rolls the batch back.
      const updates = rows.map((row) => resealed(column, row, keys));
      for (const update of updates) await tx.execute(update);
      return rows;
    });
    moved += batch.length;
    if (batch.length < batchSize) return moved;
    after = batch.at(-1)!.id;
  }
}

function resealed(column: SealedColumn, row: { id: string; keyId: string } & Record<string, string>, keys: PiiKeys): SQL {
  const assignments = column.values.map((value, i) => {
    const sealed = row[`v${i}`]!;
    const reopened = sealed === "" ? "" : encryptPii(openOrRefuse(column, row, sealed, keys), column.purpose, keys).ciphertext;
    return sql`${sql.identifier(value.name)} = ${reopened}`;
  });
  return sql`update ${column.table} set ${sql.join(assignments, sql`, `)}, ${sql.identifier(column.keyId.name)} = ${keys.encryption[0]!.id}
    where ${sql.identifier(column.id.name)} = ${row.id}`;
}

function openOrRefuse(column: SealedColumn, row: { id: string; keyId: string }, sealed: string, keys: PiiKeys): string {
  try {
    return decryptPii(sealed, row.keyId, column.purpose, keys);
  } catch (error) {
    if (!(error instanceof PiiDecryptionError)) throw error;
    throw new PiiRotationError(
      `${column.name} of row ${row.id} (key id "${row.keyId}") could not be decrypted: ${error.message}. ` +
        "This batch was rolled back and nothing in it changed. Restore that row from a backup (or delete it if it is no longer needed), then run pii:rotate again.",
    );
  }
}
