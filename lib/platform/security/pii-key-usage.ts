import "server-only";
import { count } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { educatorNames, educators } from "@/lib/platform/db/schema";
import type { PiiKeys } from "./pii";
import { sealedKeyUsage, type SealedKeyUsage } from "./sealed-values";

/**
 * Which key ids the stored PII rows carry, and how many rows each: ids and counts only, never data.
 * Key rotation checks it before touching anything and again at the end to report what is left.
 */
export type PiiKeyUsage = {
  educators: { encryptionKeyId: string; fingerprintKeyId: string; rows: number }[];
  names: { fingerprintKeyId: string; rows: number }[];
  /** Authenticator secrets, corrected SSNs, queued emails and recovery requests (sealed-values.ts). */
  sealed: SealedKeyUsage;
};

export async function piiKeyUsage(executor: Pick<Executor, "select">): Promise<PiiKeyUsage> {
  const educatorRows = await executor
    .select({ encryptionKeyId: educators.ssnKeyId, fingerprintKeyId: educators.ssnFingerprintKeyId, rows: count() })
    .from(educators)
    .groupBy(educators.ssnKeyId, educators.ssnFingerprintKeyId);
  const nameRows = await executor
    .select({ fingerprintKeyId: educatorNames.searchFingerprintKeyId, rows: count() })
    .from(educatorNames)
    .groupBy(educatorNames.searchFingerprintKeyId);
  return { educators: educatorRows, names: nameRows, sealed: await sealedKeyUsage(executor) };
}

/**
 * Key ids on stored rows that the configuration does not have, e.g. `key id "k1" is not in
 * PII_ENCRYPTION_KEYS (educators.ssn_key_id, 12 rows)`. Rows under an unknown encryption key cannot be decrypted, and rows under an unknown
 * fingerprint key can no longer be found: either means a key was retired too early or the wrong keys
 * point at this database.
 */
export function unknownKeyProblems(usage: PiiKeyUsage, keys: PiiKeys): string[] {
  const encryption = new Set(keys.encryption.map((key) => key.id));
  const fingerprint = new Set(keys.fingerprint.map((key) => key.id));
  const tally = new Map<string, number>();
  const add = (variable: string, column: string, keyId: string, rows: number) => {
    const label = `key id "${keyId}" is not in ${variable} (${column}`;
    tally.set(label, (tally.get(label) ?? 0) + rows);
  };
  for (const row of usage.educators) {
    if (!encryption.has(row.encryptionKeyId)) add("PII_ENCRYPTION_KEYS", "educators.ssn_key_id", row.encryptionKeyId, row.rows);
    if (!fingerprint.has(row.fingerprintKeyId)) add("PII_FINGERPRINT_KEYS", "educators.ssn_fingerprint_key_id", row.fingerprintKeyId, row.rows);
  }
  for (const row of usage.names) {
    if (!fingerprint.has(row.fingerprintKeyId)) add("PII_FINGERPRINT_KEYS", "educator_names.search_fingerprint_key_id", row.fingerprintKeyId, row.rows);
  }
  for (const row of usage.sealed) {
    if (!encryption.has(row.keyId)) add("PII_ENCRYPTION_KEYS", row.column, row.keyId, row.rows);
  }
  return [...tally].map(([label, rows]) => `${label}, ${rows} row${rows === 1 ? "" : "s"})`);
}

/** Rows not yet under the current (first) keys. */
export function rowsNotOnCurrentKeys(usage: PiiKeyUsage, keys: PiiKeys): { educators: number; names: number; sealed: number } {
  const encryption = keys.encryption[0]?.id;
  const fingerprint = keys.fingerprint[0]?.id;
  const sum = (rows: { rows: number }[]) => rows.reduce((total, row) => total + row.rows, 0);
  return {
    educators: sum(usage.educators.filter((row) => row.encryptionKeyId !== encryption || row.fingerprintKeyId !== fingerprint)),
    names: sum(usage.names.filter((row) => row.fingerprintKeyId !== fingerprint)),
    sealed: sum(usage.sealed.filter((row) => row.keyId !== encryption)),
  };
}
