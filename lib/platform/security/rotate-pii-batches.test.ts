import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { beforeEach, describe, expect, it } from "vitest";
import type { KeyEntry } from "@/lib/platform/config/keys";
import { db } from "@/lib/platform/db/client";
import { educatorNames, educators } from "@/lib/platform/db/schema";
import { buildEducatorRows, type EducatorInput } from "@/lib/records/educator-rows";
import { findEducatorIdsBySsn, insertEducator } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { testPerson } from "@/lib/tooling/testing/factory";
import type { PiiKeys } from "./pii";
import { rotatePii, type RotationProgress } from "./rotate-pii";

const testDb = provideTestDatabase();

const key = (id: string, fill: number): KeyEntry => ({ id, key: Buffer.alloc(32, fill) });
const keysA: PiiKeys = { encryption: [key("encA", 51)], fingerprint: [key("fpA", 52)] };
const rotated: PiiKeys = { encryption: [key("encB", 61), key("encA", 51)], fingerprint: [key("fpB", 62), key("fpA", 52)] };
const keysB: PiiKeys = { encryption: [key("encB", 61)], fingerprint: [key("fpB", 62)] };

async function insertPeople(count: number, keys: PiiKeys): Promise<EducatorInput[]> {
  const people = Array.from({ length: count }, () => testPerson());
  for (const person of people) await insertEducator(db, buildEducatorRows(person, { keys }));
  return people;
}

async function educatorsPerKey(): Promise<Record<string, number>> {
  const rows = await db.select({ keyId: educators.ssnKeyId, count: sql<number>`count(*)::int` }).from(educators).groupBy(educators.ssnKeyId);
  return Object.fromEntries(rows.map((row) => [row.keyId, row.count]));
}

async function foundBySsn(people: EducatorInput[], keys: PiiKeys): Promise<number> {
  let found = 0;
  for (const person of people) found += (await findEducatorIdsBySsn(db, person.ssn, keys)).length;
  return found;
}

beforeEach(async () => {
  await db.delete(educators);
});

describe("pii:rotate batches: resumable and idempotent", () => {
  it("stops after one batch, keeps every record findable meanwhile, then continues where it stopped", async () => {
    const people = await insertPeople(7, keysA);

    const interrupted = await rotatePii(db, rotated, { batchSize: 2, maxBatches: 1 });
    expect(interrupted).toMatchObject({ educators: 2, names: 2, batches: 1, complete: false, remaining: { educators: 5, names: 5 } });
    expect(await educatorsPerKey()).toEqual({ encB: 2, encA: 5 });
    expect(await foundBySsn(people, rotated), "half-rotated, lookups under both keys find everyone").toBe(7);

    const progress: RotationProgress[] = [];
    const resumed = await rotatePii(db, rotated, { batchSize: 2, onProgress: (step) => progress.push(step) });
    expect(resumed).toMatchObject({ educators: 5, names: 5, batches: 3, complete: true, remaining: { educators: 0, names: 0 } });
    expect(progress.map((step) => [step.batches, step.educators])).toEqual([[1, 2], [2, 4], [3, 5]]);
    expect(await educatorsPerKey()).toEqual({ encB: 7 });
    expect(await foundBySsn(people, keysB)).toBe(7);

    expect(await rotatePii(db, rotated, { batchSize: 2 })).toMatchObject({ educators: 0, names: 0, batches: 0, complete: true });
  });

  it("re-fingerprints a name row left under the old key even when its record is already current", async () => {
    const person = testPerson({ formerNames: [{ lastName: "Maiden" }] });
    const current = buildEducatorRows(person, { keys: rotated });
    const underOldKey = buildEducatorRows(person, { keys: keysA, id: current.educator.id });
    // The former name as an instance still on the old key list would have written it.
    await insertEducator(db, { educator: current.educator, names: [current.names[0]!, underOldKey.names[1]!] });

    const result = await rotatePii(db, rotated);
    expect(result).toMatchObject({ educators: 1, names: 2, complete: true });
    const names = await db.select().from(educatorNames).where(eq(educatorNames.educatorId, current.educator.id));
    expect(names.map((name) => name.searchFingerprintKeyId)).toEqual(["fpB", "fpB"]);
    expect(names.map((name) => name.searchFingerprint).sort()).toEqual(current.names.map((name) => name.searchFingerprint).sort());
  });

  it("rejects a batch size that is not a positive whole number", async () => {
    await expect(rotatePii(db, rotated, { batchSize: 0 })).rejects.toThrow(/batch size/);
    await expect(rotatePii(db, rotated, { batchSize: 1.5 })).rejects.toThrow(/batch size/);
  });
});

// Row locks need a second connection, which only a PostgreSQL server has (PGlite is one session).
describe.runIf(Boolean(process.env.DATABASE_URL))("pii:rotate alongside the portal (PostgreSQL)", () => {
  it("skips a record the portal holds locked, reports it, and rotates it on the next run", async () => {
    const people = await insertPeople(5, keysA);
    const [locked] = await db.select({ id: educators.id }).from(educators).limit(1);
    const portal = postgres(testDb.current().url!, { max: 1, onnotice: () => {} });
    try {
      await portal.begin(async (tx) => {
        await tx`select id from educators where id = ${locked!.id} for update`;
        const result = await rotatePii(db, rotated, { batchSize: 2 });
        expect(result).toMatchObject({ educators: 4, complete: false, remaining: { educators: 1, names: 1 } });
      });
    } finally {
      await portal.end({ timeout: 5 });
    }
    expect(await rotatePii(db, rotated, { batchSize: 2 })).toMatchObject({ educators: 1, complete: true });
    expect(await foundBySsn(people, keysB)).toBe(5);
  });
});
