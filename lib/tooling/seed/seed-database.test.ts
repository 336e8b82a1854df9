import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetConfig } from "@/lib/platform/config/env";
import { restoreTestEnv } from "@/lib/tooling/testing/test-env";
import { productionBase } from "@/lib/tooling/testing/config-fixtures";
import { db } from "@/lib/platform/db/client";
import { credentials, educatorNames, educators, users } from "@/lib/platform/db/schema";
import { findEducatorIdsBySsn, searchRecords } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { demoAccounts } from "./demo-accounts";
import { demoPeople } from "./demo-people";
import { seedDatabase } from "./seed-database";

const testDb = provideTestDatabase();

async function rowCount(table: typeof educators | typeof users | typeof credentials) {
  const [row] = await db.select({ value: count() }).from(table);
  return row!.value;
}

afterEach(restoreTestEnv);

describe("the demo and benchmark seed", () => {
  it("makes the guide's End D User claimable: found by name, DOB and last four, by SSN, with no account", async () => {
    await seedDatabase(testDb.current().handle, { educators: 40 });

    const matches = await searchRecords(db, { firstName: "End", lastName: "user", dateOfBirth: "1947-03-01", ssnLastFour: "4321" });
    expect(matches).toEqual([expect.objectContaining({ firstName: "End", lastName: "User", middleName: "D", hasAccount: false })]);
    expect(await findEducatorIdsBySsn(db, "987-65-4321")).toEqual([matches[0]!.educatorId]);
  });

  it("finds a former (maiden) name and an accented name the way people type them", async () => {
    const sarah = demoPeople.find((person) => person.formerLastNames?.length)!;
    const jose = demoPeople.find((person) => /[À-ÿ]/.test(person.lastName))!;
    for (const [person, lastName] of [[sarah, sarah.formerLastNames![0]!], [jose, jose.lastName.normalize("NFD").replace(/\p{M}/gu, "")]] as const) {
      const found = await searchRecords(db, {
        firstName: person.firstName.toUpperCase(),
        lastName,
        dateOfBirth: person.dateOfBirth,
        ssnLastFour: person.ssn.slice(-4),
      });
      expect(found.map((match) => match.lastName)).toEqual([person.lastName]);
    }
  });

  it("is idempotent: a re-run adds nothing, a larger count adds only the missing educators", async () => {
    const before = { educators: await rowCount(educators), credentials: await rowCount(credentials) };
    const again = await seedDatabase(testDb.current().handle, { educators: 40 });
    expect(again.added.educators).toBe(0);
    expect(again.alreadyPresent).toBe(40);
    expect({ educators: await rowCount(educators), credentials: await rowCount(credentials) }).toEqual(before);

    const more = await seedDatabase(testDb.current().handle, { educators: 55 });
    expect(more.added.educators).toBe(15);
    expect(await rowCount(educators)).toBe(before.educators + 15);
  });

  it("creates the demo accounts with their records outside production, and records with former names", async () => {
    for (const account of demoAccounts) {
      const [user] = await db.select().from(users).where(eq(users.username, account.username));
      expect(user?.educatorId, account.username).toBeTruthy();
    }
    const [formerNames] = await db
      .select({ value: count() })
      .from(educators)
      .leftJoin(educatorNames, eq(educatorNames.educatorId, educators.id))
      .where(eq(educatorNames.kind, "former"));
    expect(formerNames!.value).toBeGreaterThan(0);
  });

  it("refuses demo accounts with published passwords in production but still seeds the records", async () => {
    await db.delete(users);
    // The smallest production configuration that starts (no silent PGlite, the agency's own name and
    // contacts); the seed writes through testDb's handle, whatever DATABASE_URL says.
    for (const [name, value] of Object.entries(productionBase)) if (name !== "DATABASE_URL") vi.stubEnv(name, value);
    vi.stubEnv("DATABASE_URL", process.env.DATABASE_URL || "postgres://unused@127.0.0.1:9/unused");
    vi.stubEnv("RESEND_API_KEY", "re_test_key");
    vi.stubEnv("EMAIL_TRANSPORT", "resend");
    resetConfig();
    const summary = await seedDatabase(testDb.current().handle, { educators: 40 });
    expect(summary.demoAccounts).toEqual({ created: 0, refused: true });
    expect(await rowCount(users)).toBe(0);
    expect(await rowCount(educators)).toBeGreaterThan(40);
  });
});
