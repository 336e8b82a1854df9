import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { context, insertPerson, searchInputOf } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { registrationLimits } from "./limits";
import { searchForAccount } from "./search-accounts";

provideTestDatabase();

beforeEach(() => {
  setClock(new Date());
  useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_IP: "1000/900" });
});
afterEach(restoreTestEnv);

/** `count` birth dates that are all wrong for `right` (distinct days of 1960). */
function wrongBirthDates(right: string, count: number): string[] {
  const dates: string[] = [];
  for (let day = 0; dates.length < count; day += 1) {
    const date = new Date(Date.UTC(1960, 0, 1 + day)).toISOString().slice(0, 10);
    if (date !== right) dates.push(date);
  }
  return dates;
}

/** The database lives for the whole file, so each test gets browsers of its own. */
let testNumber = 0;
beforeEach(() => {
  testNumber += 1;
});
const bindingFor = (i: number) => `budget-browser-${testNumber}-${String(i).padStart(2, "0")}-000000000000000000000000000`;

async function failedSearchEvents() {
  return db.select().from(auditEvents).where(and(eq(auditEvents.event, "account.search"), eq(auditEvents.outcome, "failure")));
}

describe("account search budgets, counted before the lookup (REG-4, RL-9, RL-10)", () => {
  it("REG-4: 20 concurrent searches for one person with wrong birth dates from one IP → at most the limit are evaluated", async () => {
    const { person } = await insertPerson();
    const limit = registrationLimits["account-search-name-ssn4"].max;
    const captchas = await Promise.all(Array.from({ length: 20 }, () => solvedCaptcha("account-search")));
    const outcomes = await Promise.all(
      wrongBirthDates(person.dateOfBirth, 20).map((dateOfBirth, i) =>
        searchForAccount({ ...searchInputOf(person), dateOfBirth }, captchas[i]!, bindingFor(i), context),
      ),
    );
    const evaluated = outcomes.filter((outcome) => outcome.kind === "not-found");
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.length).toBeLessThanOrEqual(limit);
    expect(outcomes.filter((outcome) => outcome.kind === "rate-limited")).toHaveLength(20 - evaluated.length);
    expect(await failedSearchEvents()).toHaveLength(evaluated.length); // the file's first test: no earlier failures
  });

  it("REG-4, RL-9: the birth-date rotation attack stops at the per-name+SSN4 limit, even for the right birth date", async () => {
    const { person } = await insertPerson();
    const limit = registrationLimits["account-search-name-ssn4"].max;
    const dates = wrongBirthDates(person.dateOfBirth, limit);
    for (const [i, dateOfBirth] of dates.entries()) {
      const outcome = await searchForAccount({ ...searchInputOf(person), dateOfBirth }, await solvedCaptcha("account-search"), bindingFor(i), context);
      expect(outcome).toEqual({ kind: "not-found" });
    }
    const next = await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), bindingFor(limit), context);
    expect(next).toEqual({ kind: "rate-limited", retryAfterSeconds: expect.any(Number) });
    const refused = await db.select().from(auditEvents).where(and(eq(auditEvents.event, "account.search"), eq(auditEvents.outcome, "refused")));
    expect(refused.at(-1)?.details).toEqual({ limiter: "account-search-name-ssn4" });
  });

  it("REG-4: a search that finds its record costs no per-person budget (honest repeat searches keep working)", async () => {
    const { person } = await insertPerson();
    for (let i = 0; i < registrationLimits["account-search-name-ssn4"].max + 2; i += 1) {
      const outcome = await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), bindingFor(i), context);
      expect(outcome.kind).toBe("found");
    }
  });

  it("RL-10: two IPv6 addresses in one /64 share a budget; another /64 has its own", async () => {
    useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_IP: "2/60" });
    const { person } = await insertPerson();
    const from = (ip: string, i: number) => searchForAccount(searchInputOf(person), null, bindingFor(i), { ...context, ip });
    expect((await from("2001:db8:5:7::1", 0)).kind).toBe("captcha-failed");
    expect((await from("2001:db8:5:7:aaaa::2", 1)).kind).toBe("captcha-failed");
    expect(await from("2001:db8:5:7:ffff:ffff:ffff:3", 2)).toEqual({ kind: "rate-limited", retryAfterSeconds: expect.any(Number) });
    expect((await from("2001:db8:5:8::1", 3)).kind).toBe("captcha-failed");
  });

  it("RL-10: a browser gets its own search budget, whatever IP it comes from", async () => {
    const { person } = await insertPerson();
    const max = registrationLimits["account-search-browser"].max;
    for (let i = 0; i < max; i += 1) {
      expect((await searchForAccount(searchInputOf(person), null, bindingFor(0), { ...context, ip: `198.51.100.${i + 1}` })).kind).toBe("captcha-failed");
    }
    expect((await searchForAccount(searchInputOf(person), null, bindingFor(0), { ...context, ip: "198.51.100.200" })).kind).toBe("rate-limited");
    expect((await searchForAccount(searchInputOf(person), null, bindingFor(1), { ...context, ip: "198.51.100.200" })).kind).toBe("captcha-failed");
  });

  it("REG-4: one record found over and over is refused after its per-record budget, across browsers and IPs", async () => {
    useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_RECORD: "2/86400" });
    const { person } = await insertPerson();
    for (let i = 0; i < 2; i += 1) {
      const outcome = await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), bindingFor(i), { ...context, ip: `198.51.100.${i + 1}` });
      expect(outcome.kind).toBe("found");
    }
    const third = await searchForAccount(searchInputOf(person), await solvedCaptcha("account-search"), bindingFor(2), { ...context, ip: "198.51.100.3" });
    expect(third).toEqual({ kind: "rate-limited", retryAfterSeconds: expect.any(Number) });
  });
});
