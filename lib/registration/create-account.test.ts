import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { context, goodPassword, insertPerson, outboxTo } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, educators, users } from "@/lib/platform/db/schema";
import { searchRecords } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { wholeDatabase } from "@/lib/tooling/testing/row-snapshots";
import { claimRecord } from "./claim-record";
import { createClaim } from "./claims";
import { createAccountWithRecord } from "./create-account";

provideTestDatabase();

beforeEach(() => {
  setClock(new Date());
  useTestEnv({ RATE_LIMIT_ACCOUNT_CREATE_IP: "1000/3600" });
});
afterEach(restoreTestEnv);

let serial = 0;
const form = (overrides: Record<string, string> = {}) => ({
  username: `created${(serial += 1)}`,
  email: `created${serial}@example.org`,
  password: goodPassword,
  confirmPassword: goodPassword,
  firstName: "Grace",
  lastName: "Hopper",
  dateOfBirth: "12/9/1976",
  ssn: `955-01-${String(1000 + serial)}`,
  ...overrides,
});

describe("create new account (REG-5, REG-6)", () => {
  it("creates the record and its account together; the record is then found by the account search", async () => {
    const values = form({ ssn: "955-44-1234" });
    expect(await createAccountWithRecord(values, await solvedCaptcha("account-create"), context)).toEqual({
      kind: "created",
      username: values.username,
      userId: expect.any(String),
      sessionTicket: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const [user] = await db.select().from(users).where(eq(users.username, values.username));
    const [record] = await db.select().from(educators).where(eq(educators.id, user!.educatorId));
    expect(record).toMatchObject({ dateOfBirth: "1976-12-09", source: "registration" });
    expect(JSON.stringify(record)).not.toContain("955441234");
    const found = await searchRecords(db, { firstName: "grace", lastName: "HOPPER", dateOfBirth: "1976-12-09", ssnLastFour: "1234" });
    expect(found).toMatchObject([{ educatorId: user!.educatorId, hasAccount: true }]);
    expect(await outboxTo(values.email)).toMatchObject([{ template: "email-confirmation" }]);
  });

  it("an SSN that belongs to a record: says only that no account could be created, emails the owner, discloses nothing", async () => {
    const { person, educatorId } = await insertPerson();
    const recordsBefore = (await db.select({ id: educators.id }).from(educators)).length;
    // Unclaimed record: nobody to email, the same answer.
    const first = await createAccountWithRecord(form({ ssn: person.ssn }), await solvedCaptcha("account-create"), context);
    expect(first).toEqual({ kind: "ssn-in-use" });
    await claimRecord(await createClaim(db, educatorId, "b".repeat(43)), "b".repeat(43), form({ username: "record.owner", email: "record.owner@example.org" }), context);
    const dashed = `${person.ssn.slice(0, 3)}-${person.ssn.slice(3, 5)}-${person.ssn.slice(5)}`;
    const second = await createAccountWithRecord(form({ ssn: dashed }), await solvedCaptcha("account-create"), context);
    expect(second).toEqual({ kind: "ssn-in-use" });
    const mail = (await outboxTo("record.owner@example.org")).filter((row) => row.template === "duplicate-ssn-attempt");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).not.toContain(person.ssn.slice(-4));
    const events = await db.select().from(auditEvents).where(eq(auditEvents.educatorId, educatorId));
    expect(events.some((event) => event.details?.reason === "duplicate-ssn")).toBe(true);
    expect(JSON.stringify(events)).not.toContain(person.ssn);
    expect(await db.select({ id: educators.id }).from(educators)).toHaveLength(recordsBefore);
  });

  it("each bad field gets its own message, the SSN rules included; nothing is written (REG-8)", async () => {
    const before = await wholeDatabase();
    const outcome = await createAccountWithRecord(
      form({ username: "no spaces", email: "x@", firstName: "", lastName: "H0pper", dateOfBirth: "1976-12-09", ssn: "666-12-3456", password: "short" }),
      await solvedCaptcha("account-create"),
      context,
    );
    expect(outcome.kind).toBe("invalid");
    if (outcome.kind !== "invalid") return;
    expect(Object.keys(outcome.fieldErrors).sort()).toEqual(["dateOfBirth", "email", "firstName", "lastName", "password", "ssn", "username"]);
    expect(outcome.fieldErrors.ssn).toBe("Enter a valid Social Security number; this one has never been issued");
    expect(outcome.fieldErrors.dateOfBirth).toContain("mm/dd/yyyy");
    for (const [ssn, message] of [["12345678", /9 digits/], ["123-00-4567", /never been issued/], ["123-45-0000", /never been issued/]] as const) {
      const result = await createAccountWithRecord(form({ ssn }), null, context);
      expect(result.kind === "invalid" && result.fieldErrors.ssn).toMatch(message);
    }
    const young = await createAccountWithRecord(form({ dateOfBirth: "1/1/2020" }), null, context);
    expect(young.kind === "invalid" && young.fieldErrors.dateOfBirth).toBe("You must be between 16 and 110 years old to register");
    expect(await wholeDatabase(), "no row in any table was written or changed").toEqual(before);
  });

  it("refuses a replayed captcha (CAP-4)", async () => {
    const captcha = await solvedCaptcha("account-create");
    expect((await createAccountWithRecord(form(), captcha, context)).kind).toBe("created");
    const replay = await createAccountWithRecord(form(), captcha, context);
    expect(replay).toMatchObject({ kind: "invalid", captchaSpent: true, fieldErrors: { altcha: expect.any(String) } });
  });

  it("per IP: trips at its configured count (RL-6)", async () => {
    useTestEnv({ RATE_LIMIT_ACCOUNT_CREATE_IP: "1/60" });
    const ip = { ...context, ip: "198.51.100.99" };
    expect((await createAccountWithRecord(form(), await solvedCaptcha("account-create"), ip)).kind).toBe("created");
    expect((await createAccountWithRecord(form(), await solvedCaptcha("account-create"), ip)).kind).toBe("rate-limited");
  });
});
