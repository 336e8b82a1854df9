import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { context, goodPassword, insertPerson, outboxTo, searchInputOf } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, emailOutbox } from "@/lib/platform/db/schema";
import { peekRateLimit } from "@/lib/platform/security/rate-limit";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import type { EducatorInput } from "@/lib/records/educator-rows";
import { claimRecord } from "./claim-record";
import { searchForAccount } from "./search-accounts";

provideTestDatabase();

beforeEach(() => {
  setClock(new Date());
  useTestEnv({ RATE_LIMIT_ACCOUNT_SEARCH_IP: "1000/900", RATE_LIMIT_ACCOUNT_SEARCH_BROWSER: "1000/900" });
});
afterEach(restoreTestEnv);

const binding = "browser-binding-failed-searches-000000000000";
let serial = 0;

async function search(input: ReturnType<typeof searchInputOf>) {
  return searchForAccount(input, await solvedCaptcha("account-search"), binding, context);
}

/** The right details, "This is me!", then the account form: what the claimer sees at the end. */
async function findAndClaim(person: EducatorInput) {
  const found = await search(searchInputOf(person));
  if (found.kind !== "found") throw new Error(`expected the record to be found, got ${found.kind}`);
  serial += 1;
  const values = { username: `claimer.${serial}`, email: `claimer.${serial}@example.org`, password: goodPassword, confirmPassword: goodPassword };
  return claimRecord(found.rows[0]!.claimToken, binding, values, context);
}

const wrongBirthDate = (person: EducatorInput) => ({ ...searchInputOf(person), dateOfBirth: "1990-01-02" });
const warnings = (to: string) => outboxTo(to).then((rows) => rows.filter((row) => row.template === "record-claimed-after-failed-searches"));

describe("a claim after failed searches warns the address on file (REG-4, NOTIF-4)", () => {
  it("REG-4/NOTIF-4: wrong-birth-date searches, then a claim: one email to email_on_file and an audit event; the claimer sees the usual outcome", async () => {
    const { person, educatorId } = await insertPerson({ emailOnFile: "on.file.1@example.org" });
    expect(await search(wrongBirthDate(person))).toEqual({ kind: "not-found" });
    expect(await search({ ...searchInputOf(person), firstName: "Someone" })).toEqual({ kind: "not-found" });
    expect((await peekRateLimit("record-failed-search", educatorId)).count).toBe(2);

    const claimed = await findAndClaim(person);
    expect(Object.keys(claimed).sort()).toEqual(["kind", "sessionTicket", "userId", "username"]);
    expect(claimed.kind).toBe("created");

    const mail = await warnings("on.file.1@example.org");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Your educator record was claimed for a new account");
    expect(mail[0]!.text).toContain("If this wasn't you, contact us");
    expect(mail[0]!.html).toContain('href="http://localhost:3000/support"');
    // Nothing about the person or the search in the body.
    expect(mail[0]!.text).not.toContain(person.lastName);
    expect(mail[0]!.text).not.toContain(person.ssn.slice(-4));
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "account.claim.failed-search-warning"), eq(auditEvents.educatorId, educatorId)));
    expect(event).toMatchObject({ outcome: "info", userId: null, details: { failedSearches: 2, emailed: true } });
    // Counted once: the tally is cleared by the claim that used it.
    expect((await peekRateLimit("record-failed-search", educatorId)).count).toBe(0);
  });

  it("REG-4: no failed searches before the claim: no warning email", async () => {
    const { person } = await insertPerson({ emailOnFile: "on.file.2@example.org" });
    expect((await findAndClaim(person)).kind).toBe("created");
    expect(await outboxTo("on.file.2@example.org")).toEqual([]);
  });

  it("REG-4: failed searches more than 24 hours before the claim: no warning email", async () => {
    const { person } = await insertPerson({ emailOnFile: "on.file.3@example.org" });
    expect(await search(wrongBirthDate(person))).toEqual({ kind: "not-found" });
    advanceClock(24 * 3_600_000 + 60_000);
    expect((await findAndClaim(person)).kind).toBe("created");
    expect(await outboxTo("on.file.3@example.org")).toEqual([]);
  });

  it("REG-4: a record without email_on_file: no email, only the audit event saying so", async () => {
    const { person, educatorId } = await insertPerson();
    const before = await db.$count(emailOutbox);
    expect(await search(wrongBirthDate(person))).toEqual({ kind: "not-found" });
    expect((await findAndClaim(person)).kind).toBe("created");
    const claimerMailOnly = (await db.$count(emailOutbox)) - before;
    expect(claimerMailOnly, "only the claimer's own confirmation email").toBe(1);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "account.claim.failed-search-warning"), eq(auditEvents.educatorId, educatorId)));
    expect(event).toMatchObject({ details: { failedSearches: 1, emailed: false } });
  });

  it("REG-4: the searcher's answer and audit entry are the same whether or not a record was tallied", async () => {
    const { person, educatorId } = await insertPerson({ emailOnFile: "on.file.5@example.org" });
    const aimed = await search(wrongBirthDate(person));
    const nobody = await search({ ...wrongBirthDate(person), lastName: "Nobody-By-This-Name" });
    expect(aimed).toEqual(nobody);
    expect(aimed).toEqual({ kind: "not-found" });
    expect((await peekRateLimit("record-failed-search", educatorId)).count, "the bookkeeping did run for the first").toBe(1);
    const failures = await db
      .select({ outcome: auditEvents.outcome, details: auditEvents.details, educatorId: auditEvents.educatorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.event, "account.search"), eq(auditEvents.outcome, "failure")));
    const lastTwo = failures.slice(-2);
    expect(lastTwo[0]).toEqual(lastTwo[1]);
    expect(lastTwo[0]).toEqual({ outcome: "failure", details: { matches: 0 }, educatorId: null });
  });
});
