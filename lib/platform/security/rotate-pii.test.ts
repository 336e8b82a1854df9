import { asc, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { KeyEntry } from "@/lib/platform/config/keys";
import { db } from "@/lib/platform/db/client";
import { educatorNames, educators } from "@/lib/platform/db/schema";
import { buildEducatorRows, type EducatorInput } from "@/lib/records/educator-rows";
import { findEducatorIdsBySsn, insertEducator, searchRecords } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { testPerson } from "@/lib/tooling/testing/factory";
import { decryptPii, fingerprint, type PiiKeys } from "./pii";
import { PiiRotationError, rotatePii } from "./rotate-pii";
import { lastFourOf } from "./ssn";

provideTestDatabase();

const key = (id: string, fill: number): KeyEntry => ({ id, key: Buffer.alloc(32, fill) });
const keysA: PiiKeys = { encryption: [key("encA", 31)], fingerprint: [key("fpA", 32)] };
/** Step 1 of the procedure: the new key first, the old one kept. */
const rotated: PiiKeys = { encryption: [key("encB", 41), key("encA", 31)], fingerprint: [key("fpB", 42), key("fpA", 32)] };
/** Step 3: the old key removed. */
const keysB: PiiKeys = { encryption: [key("encB", 41)], fingerprint: [key("fpB", 42)] };

async function insertPerson(person: EducatorInput, keys: PiiKeys) {
  const rows = buildEducatorRows(person, { keys });
  await insertEducator(db, rows);
  return rows;
}

function search(person: EducatorInput, lastName: string, keys: PiiKeys) {
  return searchRecords(db, { lastName, firstName: person.firstName.toUpperCase(), dateOfBirth: person.dateOfBirth, ssnLastFour: lastFourOf(person.ssn) }, keys);
}

async function rotationError(promise: Promise<unknown>): Promise<PiiRotationError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PiiRotationError);
  return error as PiiRotationError;
}

beforeEach(async () => {
  await db.delete(educators);
});

describe("pii:rotate (issue 2 done-when; PII-1, PII-3)", () => {
  it("finds a record before and after rotating both keys, and re-keys every column", async () => {
    const person = testPerson({ firstName: "José", lastName: "O'Brien", formerNames: [{ lastName: "Smith-Jones" }] });
    const old = await insertPerson(person, keysA);
    // Written after step 1 by an instance on the new list: already current, so rotation leaves it.
    const newcomer = await insertPerson(testPerson(), rotated);

    expect(await findEducatorIdsBySsn(db, person.ssn, rotated)).toEqual([old.educator.id]);
    expect((await search(person, "obrien", rotated)).map((match) => match.educatorId)).toEqual([old.educator.id]);
    expect((await search(person, "Smith Jones", rotated)).map((match) => match.educatorId)).toEqual([old.educator.id]);
    expect(await findEducatorIdsBySsn(db, person.ssn, keysB), "before rotation only the old key finds it").toEqual([]);

    const result = await rotatePii(db, rotated);
    expect(result).toMatchObject({ educators: 1, names: 2, batches: 1, complete: true, remaining: { educators: 0, names: 0 } });

    const [stored] = await db.select().from(educators).where(eq(educators.id, old.educator.id));
    expect(stored).toMatchObject({ ssnKeyId: "encB", ssnFingerprintKeyId: "fpB" });
    expect(stored!.ssnCiphertext).not.toBe(old.educator.ssnCiphertext);
    expect(decryptPii(stored!.ssnCiphertext, "encB", "ssn", keysB)).toBe(person.ssn);
    expect(stored!.ssnFingerprint).toBe(fingerprint("ssn", person.ssn, keysB).value);
    // Name fingerprints are exactly what the write path computes under the new key.
    const expected = buildEducatorRows(person, { keys: keysB, id: old.educator.id }).names.map((name) => name.searchFingerprint);
    const names = await db.select().from(educatorNames).where(eq(educatorNames.educatorId, old.educator.id));
    expect(names.map((name) => name.searchFingerprintKeyId)).toEqual(["fpB", "fpB"]);
    expect(names.map((name) => name.searchFingerprint).sort()).toEqual(expected.sort());

    for (const keys of [rotated, keysB]) {
      expect(await findEducatorIdsBySsn(db, person.ssn, keys)).toEqual([old.educator.id]);
      expect(await search(person, "O’BRIEN", keys)).toMatchObject([{ educatorId: old.educator.id, firstName: "José", lastName: "O'Brien" }]);
      expect((await search(person, "smith-jones", keys)).map((match) => match.educatorId)).toEqual([old.educator.id]);
    }
    expect(await findEducatorIdsBySsn(db, person.ssn, keysA), "the old fingerprints are gone").toEqual([]);
    const [untouched] = await db.select().from(educators).where(eq(educators.id, newcomer.educator.id));
    expect(untouched!.ssnCiphertext).toBe(newcomer.educator.ssnCiphertext);

    expect(await rotatePii(db, rotated)).toMatchObject({ educators: 0, names: 0, batches: 0, complete: true });
  });

  it("refuses to start when rows carry key ids that are not configured, naming ids and counts only", async () => {
    const person = testPerson({ formerNames: [{ lastName: "Former" }] });
    const rows = await insertPerson(person, keysA);
    const withoutOldEncryption = { encryption: keysB.encryption, fingerprint: rotated.fingerprint };
    const withoutOldFingerprint = { encryption: rotated.encryption, fingerprint: keysB.fingerprint };

    const encryptionError = await rotationError(rotatePii(db, withoutOldEncryption));
    expect(encryptionError.message).toContain('key id "encA" is not in PII_ENCRYPTION_KEYS (educators.ssn_key_id, 1 row)');
    const fingerprintError = await rotationError(rotatePii(db, withoutOldFingerprint));
    expect(fingerprintError.message).toContain('key id "fpA" is not in PII_FINGERPRINT_KEYS (educators.ssn_fingerprint_key_id, 1 row)');
    expect(fingerprintError.message).toContain('key id "fpA" is not in PII_FINGERPRINT_KEYS (educator_names.search_fingerprint_key_id, 2 rows)');

    for (const error of [encryptionError, fingerprintError]) {
      for (const secret of [person.ssn, lastFourOf(person.ssn), rows.educator.ssnCiphertext, rows.educator.ssnFingerprint, person.lastName]) {
        expect(error.message).not.toContain(secret);
      }
    }
    const [stored] = await db.select().from(educators);
    expect(stored).toMatchObject({ ssnKeyId: "encA", ssnCiphertext: rows.educator.ssnCiphertext, ssnFingerprintKeyId: "fpA" });
  });

  it("stops at a tampered ciphertext: earlier batches kept, that batch untouched, nothing printed", async () => {
    const people = [testPerson(), testPerson(), testPerson(), testPerson()];
    for (const person of people) await insertPerson(person, keysA);
    const before = await db.select().from(educators).orderBy(asc(educators.id));
    const victim = before.at(-1)!;
    const raw = Buffer.from(victim.ssnCiphertext, "base64");
    raw[raw.length - 1]! ^= 0x01;
    await db.update(educators).set({ ssnCiphertext: raw.toString("base64") }).where(eq(educators.id, victim.id));

    const error = await rotationError(rotatePii(db, rotated, { batchSize: 2 }));
    expect(error.message).toContain(`Educator record ${victim.id} (key id "encA") could not be decrypted`);
    for (const person of people) expect(error.message).not.toContain(person.ssn);
    expect(error.message).not.toContain(victim.ssnCiphertext.slice(0, 16));

    const after = await db.select().from(educators).orderBy(asc(educators.id));
    expect(after.map((row) => row.ssnKeyId)).toEqual(["encB", "encB", "encA", "encA"]);
    expect(after[2]!.ssnCiphertext).toBe(before[2]!.ssnCiphertext);
    expect(after[3]!.ssnCiphertext).toBe(raw.toString("base64"));
    const staleNames = await db.select({ id: educatorNames.id }).from(educatorNames).where(eq(educatorNames.searchFingerprintKeyId, "fpA"));
    expect(staleNames).toHaveLength(2);

    // Restored from a backup, the row rotates and the run completes.
    await db.update(educators).set({ ssnCiphertext: victim.ssnCiphertext }).where(eq(educators.id, victim.id));
    expect(await rotatePii(db, rotated, { batchSize: 2 })).toMatchObject({ educators: 2, complete: true });
  });

  it("refuses, without printing fingerprints, to give a second record for one SSN the same fingerprint", async () => {
    const person = testPerson();
    const original = await insertPerson(person, keysA);
    // A twin that slipped past the write path's lookup, written under the new key.
    const twin = await insertPerson({ ...person, firstName: "Twin" }, rotated);

    const error = await rotationError(rotatePii(db, rotated));
    expect(error.message).toMatch(/Batch 1 failed \(SQLSTATE 23505, constraint educators_ssn_fingerprint_key\) and was rolled back/);
    for (const secret of [twin.educator.ssnFingerprint, original.educator.ssnCiphertext, person.ssn]) expect(error.message).not.toContain(secret);
    const rows = await db.select({ keyId: educators.ssnKeyId, count: sql<number>`count(*)::int` }).from(educators).groupBy(educators.ssnKeyId);
    expect(rows.sort((a, b) => a.keyId.localeCompare(b.keyId))).toEqual([{ keyId: "encA", count: 1 }, { keyId: "encB", count: 1 }]);
  });
});
