import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, totpFactors, users } from "@/lib/platform/db/schema";
import { unlockWithToken } from "@/lib/sign-in/unlock";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { hasAuthenticator, startAuthenticatorEnrolment, spendAuthenticatorCode } from "./authenticator";
import { issueRecoveryCodes, RECOVERY_CODE_COUNT, unusedRecoveryCodes } from "./recovery-codes";
import { verifySecondStep } from "./second-step";
import { TOTP_PERIOD_SECONDS, totpCodeAt } from "./totp";

provideTestDatabase();
const start = new Date("2026-11-30T15:00:05Z");
beforeEach(() => setClock(start));
afterEach(restoreTestEnv);

const request = { ip: "203.0.113.41", userAgent: "vitest" };
const nextStep = () => advanceClock(TOTP_PERIOD_SECONDS * 1000);
const codeNow = (secret: string) => totpCodeAt(secret, new Date(start.getTime() + stepsTaken * TOTP_PERIOD_SECONDS * 1000));
let stepsTaken = 0;
beforeEach(() => (stepsTaken = 0));

/** An account with a confirmed authenticator; the clock has moved one step past the confirming code. */
async function enrolledAccount() {
  const account = await insertTestAccount();
  const secret = (await startAuthenticatorEnrolment(account.userId))!;
  expect(await spendAuthenticatorCode(account.userId, totpCodeAt(secret, start), true)).toMatchObject({ ok: true });
  nextStep();
  stepsTaken = 1;
  return { ...account, secret };
}

describe("authenticator enrolment (MFA-3)", () => {
  it("stores the secret encrypted, counts only after the first good code, and refuses a second enrolment", async () => {
    const account = await insertTestAccount();
    const secret = (await startAuthenticatorEnrolment(account.userId))!;
    const [row] = await db.select().from(totpFactors).where(eq(totpFactors.userId, account.userId));
    expect(row!.secretCiphertext).not.toContain(secret);
    expect(await hasAuthenticator(account.userId)).toBe(false);
    expect(await verifySecondStep(account.userId, totpCodeAt(secret, start), request)).toMatchObject({ ok: false });
    expect(await spendAuthenticatorCode(account.userId, totpCodeAt(secret, start), true)).toMatchObject({ ok: true });
    expect(await hasAuthenticator(account.userId)).toBe(true);
    expect(await startAuthenticatorEnrolment(account.userId)).toBeNull();
  });
});

describe("the second step of a sign-in", () => {
  it("MFA-2: accepts an authenticator code once; the same code again is refused as reused", async () => {
    const account = await enrolledAccount();
    const code = codeNow(account.secret);
    expect(await verifySecondStep(account.userId, code, request)).toEqual({ ok: true, method: "authenticator" });
    expect(await verifySecondStep(account.userId, code, request)).toEqual({ ok: false, reason: "reused" });
    // The enrolment's own code (one step back, inside the drift window) was used too.
    expect(await verifySecondStep(account.userId, totpCodeAt(account.secret, start), request)).toEqual({ ok: false, reason: "reused" });
  });

  it("MFA-2: two requests racing with one code: exactly one is accepted (real concurrency on PostgreSQL)", async () => {
    const account = await enrolledAccount();
    const code = codeNow(account.secret);
    const results = await Promise.all([spendAuthenticatorCode(account.userId, code), spendAuthenticatorCode(account.userId, code), spendAuthenticatorCode(account.userId, code)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("MFA-4: a recovery code works once and only once; a new set retires the old codes", async () => {
    const account = await enrolledAccount();
    const codes = await issueRecoveryCodes(account.userId);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    expect(await verifySecondStep(account.userId, codes[0]!.toUpperCase().replace("-", " "), request)).toEqual({ ok: true, method: "recovery-code" });
    expect(await verifySecondStep(account.userId, codes[0]!, request)).toEqual({ ok: false, reason: "wrong" });
    expect(await unusedRecoveryCodes(account.userId)).toBe(RECOVERY_CODE_COUNT - 1);
    const fresh = await issueRecoveryCodes(account.userId);
    expect(await verifySecondStep(account.userId, codes[1]!, request)).toEqual({ ok: false, reason: "wrong" });
    expect(await verifySecondStep(account.userId, fresh[1]!, request)).toEqual({ ok: true, method: "recovery-code" });
  });

  it("MFA-5: wrong codes are limited per IP (RATE_LIMIT_SECOND_FACTOR_IP)", async () => {
    useTestEnv({ RATE_LIMIT_SECOND_FACTOR_IP: "2/60" });
    const first = await enrolledAccount();
    const second = await enrolledAccount();
    expect(await verifySecondStep(first.userId, "000000", request)).toMatchObject({ ok: false, reason: "wrong" });
    expect(await verifySecondStep(second.userId, "000000", request)).toMatchObject({ ok: false, reason: "wrong" });
    // Even a right code is not looked at from this address until the window ends.
    expect(await verifySecondStep(second.userId, codeNow(second.secret), request)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await verifySecondStep(second.userId, codeNow(second.secret), { ...request, ip: "203.0.113.42" })).toEqual({ ok: true, method: "authenticator" });
  });

  it("MFA-6: the fifth wrong code locks the account, emails the unlock link, and the link opens it again", async () => {
    const account = await enrolledAccount();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await verifySecondStep(account.userId, "000000", request)).toEqual({ ok: false, reason: "wrong" });
    }
    expect(await verifySecondStep(account.userId, "not-a-code", request)).toEqual({ ok: false, reason: "locked" });
    const [user] = await db.select({ unlockRequiredAt: users.unlockRequiredAt }).from(users).where(eq(users.id, account.userId));
    expect(user!.unlockRequiredAt).not.toBeNull();
    expect(await verifySecondStep(account.userId, codeNow(account.secret), request)).toEqual({ ok: false, reason: "locked" });

    const mail = (await outboxTo(account.email)).at(-1);
    const token = /unlock\?token=([A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
    expect(await unlockWithToken(token!, request)).toBe(true);
    nextStep();
    stepsTaken += 1;
    // A fresh count after the unlock: four wrong codes do not lock again, and the right one works.
    for (let attempt = 1; attempt <= 4; attempt += 1) expect(await verifySecondStep(account.userId, "000000", request)).toEqual({ ok: false, reason: "wrong" });
    expect(await verifySecondStep(account.userId, codeNow(account.secret), request)).toEqual({ ok: true, method: "authenticator" });
  });

  it("audits every try with its method and outcome, never the code", async () => {
    const account = await enrolledAccount();
    const code = codeNow(account.secret);
    await verifySecondStep(account.userId, code, request);
    await verifySecondStep(account.userId, "111111", request);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.userId, account.userId));
    const secondStep = events.filter((event) => event.event === "sign-in.second-factor");
    expect(secondStep.map((event) => event.outcome)).toEqual(["success", "failure"]);
    expect(JSON.stringify(events)).not.toContain(code);
  });
});
