import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { locationFromEnv, openDatabase, queryRows, type Database } from "./client";
import { maxNamedStatementParameters, namesStatement } from "./named-statements";
import { users } from "./schema";

const testDb = provideTestDatabase();

describe("which statements go out named", () => {
  it("names a statement of up to 64 parameters, and not one with more (its shape follows the data)", () => {
    expect(namesStatement(undefined)).toBe(true);
    expect(namesStatement([])).toBe(true);
    expect(namesStatement(Array.from({ length: maxNamedStatementParameters }))).toBe(true);
    expect(namesStatement(Array.from({ length: maxNamedStatementParameters + 1 }))).toBe(false);
  });

  it("reads DATABASE_PREPARED_STATEMENTS: on unless it says false", () => {
    const env = (value?: string) => ({ NODE_ENV: "test", DATABASE_PREPARED_STATEMENTS: value }) as NodeJS.ProcessEnv;
    expect(locationFromEnv(env(undefined)).preparedStatements).toBe(true);
    expect(locationFromEnv(env("true")).preparedStatements).toBe(true);
    for (const off of ["false", "0", "no", " false "]) expect(locationFromEnv(env(off)).preparedStatements).toBe(false);
  });
});

/** The statements this connection has prepared (the pool has one connection, so it is every one). */
async function preparedOn(db: Pick<Database, "execute">): Promise<string[]> {
  const rows = await queryRows<{ statement: string }>(db, sql`select statement from pg_prepared_statements`);
  return rows.map((row) => row.statement);
}

const byUsername = (db: Pick<Database, "select">, username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username));

// Named statements are postgres.js's (PGlite has no connections to prepare on).
describe.runIf(process.env.DATABASE_URL)("drizzle's statements on PostgreSQL", () => {
  it("are prepared once per connection, in a transaction too, but not past 64 parameters", async () => {
    const handle = openDatabase({ url: testDb.current().url, poolSize: 1 });
    try {
      await byUsername(handle.db, "nobody");
      await byUsername(handle.db, "somebody else");
      const named = (await preparedOn(handle.db)).filter((statement) => statement.includes('from "users"'));
      expect(named).toEqual([expect.stringContaining('where "users"."username" = $1')]);

      await handle.db.transaction(async (tx) => {
        await tx.select({ username: users.username }).from(users).where(eq(users.id, "00000000-0000-0000-0000-000000000000"));
        expect(await preparedOn(tx)).toContainEqual(expect.stringContaining('select "username" from "users" where "users"."id" = $1'));
        // A nested transaction is a savepoint, on a client scoped to it.
        await tx.transaction(async (inner) => {
          await inner.select({ email: users.email }).from(users).where(eq(users.id, "00000000-0000-0000-0000-000000000000"));
          expect(await preparedOn(inner)).toContainEqual(expect.stringContaining('select "email" from "users" where "users"."id" = $1'));
        });
      });

      const many = Array.from({ length: maxNamedStatementParameters + 1 }, (_, i) => `person${i}`);
      expect(await handle.db.select({ id: users.id }).from(users).where(inArray(users.username, many))).toEqual([]);
      expect((await preparedOn(handle.db)).filter((statement) => statement.includes(" in ("))).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it("are never prepared when the deployment turns named statements off (a pooler that cannot carry them)", async () => {
    const handle = openDatabase({ url: testDb.current().url, poolSize: 1, preparedStatements: false });
    try {
      await byUsername(handle.db, "nobody");
      await handle.db.transaction((tx) => byUsername(tx, "nobody"));
      expect(await preparedOn(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
