import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { context, insertPerson, outboxTo, searchInputOf } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, passwordHashes, users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { searchRecords } from "@/lib/records/lookup";
import { searchForAccount } from "./search-accounts";

// The real lookup, watched: "before reading any record" is checked by whether it was called at all.
vi.mock("@/lib/records/lookup", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/records/lookup")>();
  return { ...actual, searchRecords: vi.fn(actual.searchRecords) };
});

provideTestDatabase();

beforeEach(() => {
  setClock(new Date());
  // Every test here searches from one browser binding; the per-browser budget has tests of its own.
  useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_IP: "1000/900", RATE_LIMIT_ACCOUNT_SEARCH_BROWSER: "1000/900" });
});

afterEach(restoreTestEnv);

const binding = "browser-binding-for-tests-000000000000000000";

describe("account search (REG-1..4, NOTIF-4)", () => {
  it("finds a record by its current or a former last name, ignoring case, accents and punctuation, and returns only the guide's columns", async () => {
    const { person } = await insertPerson({ firstName: "Sarah", middleName: "Jane", lastName: "Mitchell", formerNames: [{ lastName: "O'Thompson" }] });
    for (const lastName of ["Mitchell", "othompson", "O Thompson"]) {
      const outcome = await searchForAccount(searchInputOf(person, lastName), await solvedCaptcha("account-search"), binding, context);
      expect(outcome.kind).toBe("found");
      if (outcome.kind !== "found") return;
      expect(outcome.rows).toHaveLength(1);
      expect(Object.keys(outcome.rows[0]!).sort()).toEqual(["claimToken", "firstName", "lastName", "middleName"]);
      expect(outcome.rows[0]).toMatchObject({ firstName: "Sarah", lastName: lastName === "Mitchell" ? "Mitchell" : lastName, middleName: "Jane" });
      expect(outcome.rows[0]!.claimToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it("REG-3: a search by a former last name shows the name as searched, never the current last name, before \"This is me!\"", async () => {
    const { person } = await insertPerson({ firstName: "Dana", lastName: "Okonkwo-Reyes", formerNames: [{ lastName: "Whitfield" }] });
    const outcome = await searchForAccount(searchInputOf(person, "whitfield"), await solvedCaptcha("account-search"), binding, context);
    expect(outcome.kind).toBe("found");
    if (outcome.kind !== "found") return;
    expect(outcome.rows[0]).toMatchObject({ firstName: "Dana", lastName: "whitfield" });
    expect(JSON.stringify(outcome).toLowerCase()).not.toMatch(/okonkwo|reyes/);
    const byCurrent = await searchForAccount(searchInputOf(person, "okonkwo reyes"), await solvedCaptcha("account-search"), binding, context);
    expect(byCurrent.kind === "found" && byCurrent.rows[0]!.lastName, "the current name, searched, shows in the record's spelling").toBe("Okonkwo-Reyes");
  });

  it("says not found for a wrong last four, and writes an audit event without PII", async () => {
    const { person } = await insertPerson();
    const before = await db.$count(auditEvents);
    const outcome = await searchForAccount({ ...searchInputOf(person), lastFourSsn: "0001" }, await solvedCaptcha("account-search"), binding, context);
    expect(outcome).toEqual({ kind: "not-found" });
    const events = (await db.select().from(auditEvents).where(eq(auditEvents.event, "account.search"))).filter((event) => event.outcome === "failure");
    expect(await db.$count(auditEvents)).toBe(before + 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: "failure", ip: context.ip });
    const text = JSON.stringify(events);
    expect(text).not.toContain(person.lastName);
    expect(text).not.toContain(person.ssn.slice(-4));
  });

  it("refuses a replayed captcha and a missing one before reading any record (REG-2, CAP-4)", async () => {
    const { person } = await insertPerson();
    const captcha = await solvedCaptcha("account-search");
    const lookups = vi.mocked(searchRecords);
    lookups.mockClear();
    expect((await searchForAccount(searchInputOf(person), captcha, binding, context)).kind).toBe("found");
    expect(lookups).toHaveBeenCalledTimes(1);
    expect(await searchForAccount(searchInputOf(person), captcha, binding, context)).toEqual({ kind: "captcha-failed" });
    expect(await searchForAccount(searchInputOf(person), null, binding, context)).toEqual({ kind: "captcha-failed" });
    expect(lookups, "a refused captcha never reaches the record lookup").toHaveBeenCalledTimes(1);
  });

  it("already registered: offers no claim and emails the account's owner, at most three times a day", async () => {
    const { person, educatorId } = await insertPerson();
    const [user] = await db.insert(users).values({ educatorId, username: "owner1", email: "owner1@example.org", name: "Owner One" }).returning();
    await db.insert(passwordHashes).values({ userId: user!.id, hash: "x" });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, context)).toEqual({ kind: "already-registered" });
    }
    const mail = await outboxTo("owner1@example.org");
    expect(mail).toHaveLength(3);
    expect(mail[0]).toMatchObject({ template: "someone-searched-your-record", subject: "Someone looked for your educator record" });
    expect(mail[0]!.text).toContain("http://localhost:3000/support");
    expect(mail[0]!.html).not.toContain(person.ssn.slice(-4));
  });

  it("per person: three failed searches a day, then refused even with the right last four, until the window passes (REG-4)", async () => {
    const { person } = await insertPerson();
    for (const lastFour of ["0001", "0002", "0003"]) {
      expect(await searchForAccount({ ...searchInputOf(person), lastFourSsn: lastFour }, await solvedCaptcha("account-search"), binding, context)).toEqual({ kind: "not-found" });
    }
    const blocked = await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, context);
    expect(blocked.kind).toBe("rate-limited");
    advanceClock(24 * 60 * 60 * 1000 + 1000);
    expect((await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, context)).kind).toBe("found");
  });

  it("per IP: trips at its configured count and resets after its window, a solved captcha or not (RL-10, CAP-6)", async () => {
    useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_IP: "2/60" });
    const { person } = await insertPerson();
    const ip = { ...context, ip: "198.51.100.20" };
    expect((await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, ip)).kind).toBe("found");
    expect((await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, ip)).kind).toBe("found");
    expect(await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, ip)).toEqual({ kind: "rate-limited", retryAfterSeconds: expect.any(Number) });
    expect((await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, { ...ip, ip: "198.51.100.21" })).kind).toBe("found");
    advanceClock(61_000);
    expect((await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), binding, ip)).kind).toBe("found");
  });
});
