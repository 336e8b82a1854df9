import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { staffSessions } from "@/lib/platform/db/schema";
import { hashToken } from "@/lib/platform/tokens/one-time-tokens";
import { totpCodeAt } from "@/lib/second-factor/totp";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { goodPassword } from "@/lib/tooling/testing/factory";
import { createTestStaff, disableTestStaff } from "@/lib/tooling/testing/staff";
import { issueStaffRecoveryCodes } from "./authenticator";
import { confirmStaffEnrolment, enrolmentView } from "./enrolment";
import { staffSessionFor } from "./session";
import { signInStaffWithPassword, staffSignInMessages } from "./sign-in";
import { staffCodeMessages, verifyStaffSecondStep } from "./second-step";

provideTestDatabase();
afterEach(() => setClock(undefined));

const request = { ip: "198.51.100.20", userAgent: "vitest" };

async function firstFactor(email: string, password = goodPassword) {
  const result = await signInStaffWithPassword(email, password, request);
  if (!result.ok) throw new Error(result.message);
  return { ...result, session: (await staffSessionFor(result.token))! };
}

describe("staff sign-in, first factor (RL-1, no enumeration)", () => {
  it("one answer for an unknown email, a wrong password and a disabled account; the right one opens only the second step", async () => {
    const member = await createTestStaff({ roles: ["reviewer"], password: goodPassword });
    const unknown = await signInStaffWithPassword("nobody@agency.example", goodPassword, request);
    const wrong = await signInStaffWithPassword(member.email, "Wrong-Password-123456!", request);
    expect(unknown).toEqual({ ok: false, message: staffSignInMessages.failed });
    expect(wrong).toEqual(unknown);
    const right = await firstFactor(member.email.toUpperCase());
    expect(right.next).toBe("second-factor");
    expect(right.session.secondFactorAt).toBeNull();
    await disableTestStaff(member.id);
    expect(await signInStaffWithPassword(member.email, goodPassword, request)).toEqual(unknown);
  });

  it("five wrong passwords lock the account for 15 minutes, even against the right password", async () => {
    const start = new Date("2026-12-01T10:00:00Z");
    setClock(start);
    const member = await createTestStaff({ roles: ["support"], password: goodPassword });
    for (let attempt = 0; attempt < 5; attempt += 1) await signInStaffWithPassword(member.email, `Wrong-Password-${attempt}xx!A`, request);
    expect((await signInStaffWithPassword(member.email, goodPassword, request)).ok).toBe(false);
    setClock(new Date(start.getTime() + 16 * 60_000));
    expect((await signInStaffWithPassword(member.email, goodPassword, request)).ok).toBe(true);
  });

  it("a staff member without a factor is sent to enrolment", async () => {
    const member = await createTestStaff({ roles: ["admin"], password: goodPassword, authenticator: false });
    expect((await firstFactor(member.email)).next).toBe("enrol");
  });
});

describe("staff second step (MFA-1, MFA-2, MFA-4, MFA-6, MFA-9)", () => {
  it("an authenticator code works once; the session then reaches the console", async () => {
    const at = new Date("2026-12-01T11:00:10Z");
    setClock(at);
    const member = await createTestStaff({ roles: ["reviewer"], password: goodPassword });
    const { session, token } = await firstFactor(member.email);
    const code = totpCodeAt(member.totpSecret!, at);
    expect(await verifyStaffSecondStep(session, code, request)).toEqual({ ok: true });
    expect((await staffSessionFor(token))?.secondFactorAt).not.toBeNull();
    const again = await firstFactor(member.email);
    expect(await verifyStaffSecondStep(again.session, code, request)).toEqual({ ok: false, field: staffCodeMessages.reused });
  });

  it("a recovery code works once", async () => {
    const member = await createTestStaff({ roles: ["reviewer"], password: goodPassword });
    const [code] = await issueStaffRecoveryCodes(member.id);
    const first = await firstFactor(member.email);
    expect(await verifyStaffSecondStep(first.session, code!.toUpperCase(), request)).toEqual({ ok: true });
    const second = await firstFactor(member.email);
    expect(await verifyStaffSecondStep(second.session, code!, request)).toEqual({ ok: false, field: staffCodeMessages.wrong });
  });

  it("five wrong codes end every session of the staff member", async () => {
    const member = await createTestStaff({ roles: ["records"], password: goodPassword });
    const { session } = await firstFactor(member.email);
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await verifyStaffSecondStep(session, "000000", request)).ok).toBe(false);
    expect(await verifyStaffSecondStep(session, "000000", request)).toEqual({ ok: false, signedOut: true });
    expect(await db.select().from(staffSessions).where(eq(staffSessions.staffId, member.id))).toEqual([]);
  });
});

describe("staff enrolment (issue 14 item 4)", () => {
  it("the first good code confirms the authenticator, makes ten recovery codes and opens the console", async () => {
    const at = new Date("2026-12-01T12:00:00Z");
    setClock(at);
    const member = await createTestStaff({ roles: ["admin"], password: goodPassword, authenticator: false });
    const { session, token } = await firstFactor(member.email);
    const view = await enrolmentView(session);
    if ("alreadyEnrolled" in view) throw new Error("expected a set-up");
    expect((await confirmStaffEnrolment(session, "000000", request)).ok).toBe(false);
    const confirmed = await confirmStaffEnrolment(session, totpCodeAt(view.secret, at), request);
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);
    expect((await staffSessionFor(token))?.secondFactorAt).not.toBeNull();
    expect(await enrolmentView(session)).toEqual({ alreadyEnrolled: true });
    const [row] = await db.select().from(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
    expect(row?.staffId).toBe(member.id);
  });
});
