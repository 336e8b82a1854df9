import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { eq } from "drizzle-orm";
import { educatorNames, educators, passwordHashes, users } from "@/lib/platform/db/schema";
import { insertEducator } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { testEducatorRows, testPerson } from "@/lib/tooling/testing/factory";
import { buildEducatorRows } from "@/lib/records/educator-rows";

provideTestDatabase();

/** The error a constraint raised, whichever driver: postgres.js and PGlite both carry `code` and the constraint name. */
async function violation(promise: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    const fields = cause as { code?: string; constraint?: string; constraint_name?: string };
    return { code: fields.code, constraint: fields.constraint ?? fields.constraint_name };
  }
  throw new Error("expected the database to refuse this write");
}

async function accountFor(educatorId: string, username: string) {
  return db.insert(users).values({ educatorId, username, email: `${username.toLowerCase()}@example.org` }).returning({ id: users.id });
}

describe("database invariants (DESIGN: records and accounts)", () => {
  it("allows only one account per educator record, for life", async () => {
    const rows = testEducatorRows();
    await insertEducator(db, rows);
    await accountFor(rows.educator.id, "first.account");
    const error = await violation(accountFor(rows.educator.id, "second.account"));
    expect(error.code).toBe("23505");
    expect(error.constraint).toBe("users_educator_id_key");
  });

  it("allows only one record per SSN (unique keyed fingerprint)", async () => {
    const person = testPerson();
    await insertEducator(db, buildEducatorRows(person));
    const twin = buildEducatorRows({ ...person, firstName: "Someone", lastName: "Else" });
    const error = await violation(insertEducator(db, twin));
    expect(error.code).toBe("23505");
    expect(error.constraint).toBe("educators_ssn_fingerprint_key");
    // Nothing half-written: neither the rejected record nor its names are there.
    const found = await db.select().from(educators);
    expect(found.map((row) => row.id)).not.toContain(twin.educator.id);
    expect(await db.$count(educatorNames, eq(educatorNames.educatorId, twin.educator.id))).toBe(0);
  });

  it("writes a record and its names together: a names row the database refuses takes the record back out too", async () => {
    const rows = testEducatorRows();
    const current = rows.names.find((name) => name.kind === "current")!;
    const twoCurrentNames = { ...rows, names: [...rows.names, { ...current, id: undefined, firstName: "Second" }] };
    const error = await violation(insertEducator(db, twoCurrentNames as typeof rows));
    expect(error.constraint).toBe("educator_names_one_current_key");
    expect(await db.$count(educators, eq(educators.id, rows.educator.id)), "the record written first was rolled back").toBe(0);
    expect(await db.$count(educatorNames, eq(educatorNames.educatorId, rows.educator.id))).toBe(0);
  });

  it("refuses a username that differs from a taken one only in case", async () => {
    const a = testEducatorRows();
    const b = testEducatorRows();
    await insertEducator(db, a);
    await insertEducator(db, b);
    await accountFor(a.educator.id, "Jane.Doe");
    const error = await violation(accountFor(b.educator.id, "jane.DOE"));
    expect(error.code).toBe("23505");
    expect(error.constraint).toBe("users_username_lower_key");
  });

  it("keeps password hashes out of the adapter's users table", async () => {
    const rows = testEducatorRows();
    await insertEducator(db, rows);
    const [user] = await accountFor(rows.educator.id, "hash.owner");
    await db.insert(passwordHashes).values({ userId: user!.id, hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y" });
    const [row] = await db.select().from(users);
    expect(Object.keys(row!).join(",")).not.toMatch(/hash|ssn|birth/i);
  });

  it("refuses an email that is not stored normalised", async () => {
    const rows = testEducatorRows();
    await insertEducator(db, rows);
    const error = await violation(db.insert(users).values({ educatorId: rows.educator.id, username: "mixed.case", email: "Mixed@Example.org" }));
    expect(error.code).toBe("23514");
  });
});
