import "server-only";
import { and, asc, eq, exists, gt, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { educatorNames, educators } from "@/lib/platform/db/schema";
import { decryptPii, encryptPii, fingerprint, nameSearchValue, PiiDecryptionError, type PiiKeys } from "./pii";
import { lastFourOf } from "./ssn";

/** A rotation failure whose message is safe to print: key ids, record ids, counts, never PII. */
export class PiiRotationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PiiRotationError";
  }
}

export type BatchOutcome = { lastId?: string; educators: number; names: number };

/** Rows per UPDATE ... FROM (VALUES ...) statement, well under PostgreSQL's 65,535 parameters. */
const rowsPerStatement = 1_000;

/**
 * One batch, one transaction: the next `limit` records after `after` (by id) that are not yet under
 * the current keys, locked FOR UPDATE SKIP LOCKED so rows the portal is busy with are left for a later
 * pass instead of waiting on them. Their name rows are locked too, so a concurrent name change cannot
 * slip between reading a name and writing its fingerprint. Everything is decrypted and recomputed
 * before anything is written: one bad ciphertext rolls the whole batch back.
 */
export async function rotateBatch(executor: Executor, keys: PiiKeys, after: string | undefined, limit: number): Promise<BatchOutcome> {
  const encryptionKeyId = keys.encryption[0]!.id;
  const fingerprintKeyId = keys.fingerprint[0]!.id;
  return executor.transaction(async (tx) => {
    const notCurrent = or(
      ne(educators.ssnKeyId, encryptionKeyId),
      ne(educators.ssnFingerprintKeyId, fingerprintKeyId),
      exists(
        tx
          .select({ one: sql`1` })
          .from(educatorNames)
          .where(and(eq(educatorNames.educatorId, educators.id), ne(educatorNames.searchFingerprintKeyId, fingerprintKeyId))),
      ),
    );
    const records = await tx
      .select({ id: educators.id, dateOfBirth: educators.dateOfBirth, ciphertext: educators.ssnCiphertext, keyId: educators.ssnKeyId })
      .from(educators)
      .where(after ? and(gt(educators.id, after), notCurrent) : notCurrent)
      .orderBy(asc(educators.id))
      .limit(limit)
      .for("update", { of: educators, skipLocked: true });
    if (records.length === 0) return { educators: 0, names: 0 };

    const names = await tx
      .select({ id: educatorNames.id, educatorId: educatorNames.educatorId, firstName: educatorNames.firstName, lastName: educatorNames.lastName })
      .from(educatorNames)
      .where(inArray(educatorNames.educatorId, records.map((record) => record.id)))
      .for("update");

    const ssnById = new Map<string, { ssn: string; dateOfBirth: string }>();
    const educatorValues = records.map((record) => {
      const ssn = decryptOrRefuse(record, keys);
      ssnById.set(record.id, { ssn, dateOfBirth: record.dateOfBirth });
      const encrypted = encryptPii(ssn, "ssn", keys);
      const print = fingerprint("ssn", ssn, keys);
      return sql`(${record.id}::uuid, ${encrypted.ciphertext}, ${encrypted.keyId}, ${print.value}, ${print.keyId})`;
    });
    // The same computation as on write (educator-rows.ts): stored name, DOB, decrypted SSN's last four.
    const nameValues = names.map((name) => {
      const person = ssnById.get(name.educatorId)!;
      const input = { firstName: name.firstName, lastName: name.lastName, dateOfBirth: person.dateOfBirth, ssnLastFour: lastFourOf(person.ssn) };
      const print = fingerprint("name-search", nameSearchValue(input), keys);
      return sql`(${name.id}::uuid, ${print.value}, ${print.keyId})`;
    });

    // updated_at is left alone on purpose: re-keying changes no fact about the person.
    for (const chunk of chunks(educatorValues)) {
      await tx.execute(sql`
        update ${educators} set ssn_ciphertext = v.ciphertext, ssn_key_id = v.key_id,
          ssn_fingerprint = v.fingerprint, ssn_fingerprint_key_id = v.fingerprint_key_id
        from (values ${sql.join(chunk, sql`, `)}) as v(id, ciphertext, key_id, fingerprint, fingerprint_key_id)
        where ${educators.id} = v.id`);
    }
    for (const chunk of chunks(nameValues)) {
      await tx.execute(sql`
        update ${educatorNames} set search_fingerprint = v.fingerprint, search_fingerprint_key_id = v.fingerprint_key_id
        from (values ${sql.join(chunk, sql`, `)}) as v(id, fingerprint, fingerprint_key_id)
        where ${educatorNames.id} = v.id`);
    }
    return { lastId: records.at(-1)!.id, educators: records.length, names: names.length };
  });
}

function decryptOrRefuse(record: { id: string; ciphertext: string; keyId: string }, keys: PiiKeys): string {
  try {
    return decryptPii(record.ciphertext, record.keyId, "ssn", keys);
  } catch (error) {
    if (!(error instanceof PiiDecryptionError)) throw error;
    throw new PiiRotationError(
      `Educator record ${record.id} (key id "${record.keyId}") could not be decrypted: ${error.message}. ` +
        "Its ciphertext was altered or damaged; this batch was rolled back and nothing in it changed. " +
        "Restore that row from a backup (or re-import the person), then run pii:rotate again.",
    );
  }
}

function chunks(values: SQL[]): SQL[][] {
  const result: SQL[][] = [];
  for (let start = 0; start < values.length; start += rowsPerStatement) result.push(values.slice(start, start + rowsPerStatement));
  return result;
}
