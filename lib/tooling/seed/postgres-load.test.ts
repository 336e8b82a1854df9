import { count, eq, inArray, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { today } from "@/lib/platform/clock";
import { db, queryRows } from "@/lib/platform/db/client";
import { credentials, educatorNames, educators, users } from "@/lib/platform/db/schema";
import { ensureCredentialTypes } from "@/lib/credentials/credential-types";
import { currentPiiKeys } from "@/lib/platform/security/pii";
import { insertPerson } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { credentialCatalog } from "./credential-catalog";
import { seedEducatorId, seedSsn } from "./people";
import { buildBatch } from "./seed-batch";
import { seedDatabase } from "./seed-database";

const testDb = provideTestDatabase();

/** Every index and constraint of the schema, as PostgreSQL would recreate them. */
async function schemaDefinitions(): Promise<string[]> {
  const rows = await queryRows<{ definition: string }>(
    db,
    sql`select indexdef as definition from pg_indexes where schemaname = 'public'
        union all
        select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
        order by 1`,
  );
  return rows.map((row) => row.definition);
}

const synthetic = (indices: number[]) => inArray(educators.id, indices.map(seedEducatorId));

async function syntheticCount(indices: number[]): Promise<number> {
  const [row] = await db.select({ value: count() }).from(educators).where(synthetic(indices));
  return row!.value;
}

/** The first few synthetic people as the seed builds them (to aim a conflict at one of them). */
async function firstPeople(n: number) {
  const catalog = credentialCatalog(await ensureCredentialTypes(db));
  const indices = Array.from({ length: n }, (_, index) => index);
  return { indices, batch: buildBatch(indices, { today: today(), catalog, keys: currentPiiKeys(), passwordHash: "unused" }) };
}

const modes = [
  ["batch by batch", Number.MAX_SAFE_INTEGER],
  ["in one transaction, indexes and foreign keys set aside", 1],
] as const;

describe.runIf(Boolean(process.env.DATABASE_URL))("the seed's PostgreSQL load", () => {
  let before: string[];
  beforeEach(async () => {
    before = await schemaDefinitions();
  });
  afterEach(async () => {
    // Back to the migrated template's data for the next mode: accounts first (their records are restricted).
    await db.delete(users);
    await db.delete(educators);
  });

  it.each(modes)("%s: skips a record whose SSN is on file (with its rows) and an account whose username is taken", async (_, oneTransactionFrom) => {
    const { indices, batch } = await firstPeople(40);
    const account = batch.users[0]!;
    const accountHolder = indices.find((index) => seedEducatorId(index) === account.educatorId)!;
    const { educatorId: existing } = await insertPerson({ ssn: seedSsn(3) });
    const { educatorId: other } = await insertPerson();
    await db.insert(users).values({ educatorId: other, username: account.username, email: "someone@example.org" });

    const log: string[] = [];
    const summary = await seedDatabase(testDb.current().handle, { educators: 40, batchSize: 15, oneTransactionFrom, log: (line) => log.push(line) });
    expect(log.some((line) => line.includes("set aside until the end"))).toBe(oneTransactionFrom === 1);

    expect(summary.added.educators - summary.demoPeopleAdded).toBe(39);
    expect(await syntheticCount(indices)).toBe(39);
    expect(await syntheticCount([3])).toBe(0);
    expect(await db.select().from(educatorNames).where(eq(educatorNames.educatorId, seedEducatorId(3)))).toEqual([]);
    expect(await db.select({ id: educators.id }).from(educators).where(eq(educators.id, existing))).toHaveLength(1);
    const [holder] = await db.select({ educatorId: users.educatorId }).from(users).where(eq(users.username, account.username));
    expect(holder!.educatorId).toBe(other);
    expect(await syntheticCount([accountHolder])).toBe(1);
    expect(await schemaDefinitions()).toEqual(before);
  });

  it.each(modes)("%s: a batch that fails leaves whole people or none, and the schema as the migrations made it", async (_, oneTransactionFrom) => {
    const { batch } = await firstPeople(40);
    // A certificate number already on file for someone else fails the third batch (credentials are never skipped).
    const victim = batch.credentials.find((credential) => credential.educatorId === seedEducatorId(35))!;
    const { educatorId: holder } = await insertPerson();
    await db.insert(credentials).values({ ...victim, id: undefined, educatorId: holder });

    await expect(seedDatabase(testDb.current().handle, { educators: 40, batchSize: 15, oneTransactionFrom })).rejects.toThrow(/certificate_number/);

    // Batch by batch, the first two batches (30 people) stay, with all their names; one transaction keeps nothing.
    const committed = new Set(Array.from({ length: 30 }, (_, index) => seedEducatorId(index)));
    const kept = oneTransactionFrom === 1 ? 0 : 30;
    expect(await syntheticCount([...committed.keys()].map((_, index) => index))).toBe(kept);
    expect(await syntheticCount([30, 31, 32, 33, 34, 35, 36, 37, 38, 39])).toBe(0);
    const [names] = await db.select({ value: count() }).from(educatorNames).where(inArray(educatorNames.educatorId, [...committed]));
    expect(names!.value).toBe(kept === 0 ? 0 : batch.names.filter((name) => committed.has(name.educatorId)).length);
    expect(await schemaDefinitions()).toEqual(before);
  });
});
