import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/platform/security/password-hash";
import { claimsAtSignIn, validateClaims } from "@/lib/auth/session-claims";
import { renewClaims } from "@/lib/auth/session-renewal";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, passwordHashes, users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { changePasswordFor, CURRENT_PASSWORD_LIMIT, signOutOtherSessionsFor } from "./security";

provideTestDatabase();
afterEach(() => setClock(undefined));

const oldPassword = "Granite-Willow-Beacon-42!";
const newPassword = "Saffron-Tundra-Mosaic-97#";
const request = { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" };

async function accountWithPassword() {
  const account = await insertTestAccount();
  await db.insert(passwordHashes).values({ userId: account.userId, hash: await hashPassword(oldPassword) });
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, account.userId));
  return { ...account, sessionVersion: user!.sessionVersion };
}

async function auditOf(userId: string, event: string) {
  return db.select({ outcome: auditEvents.outcome, details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.userId, userId), eq(auditEvents.event, event)));
}

async function storedHash(userId: string) {
  const [row] = await db.select({ hash: passwordHashes.hash }).from(passwordHashes).where(eq(passwordHashes.userId, userId));
  return row!.hash;
}

describe("change password (PWD-6, SES-5)", () => {
  it("refuses a wrong current password with a field error, audits the failure and changes nothing", async () => {
    const account = await accountWithPassword();
    const session = claimsAtSignIn({ id: account.userId, sessionVersion: account.sessionVersion });
    const { state, renewalTicket } = await changePasswordFor(account.userId, { currentPassword: "Not-The-Password-11!", password: newPassword, confirmPassword: newPassword }, request);
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ currentPassword: "Your current password is incorrect" });
    expect(state.values).toEqual({});
    expect(renewalTicket).toBeUndefined();
    expect(await auditOf(account.userId, "password.change")).toEqual([{ outcome: "failure", details: { reason: "current-password" } }]);
    expect(await verifyPassword(await storedHash(account.userId), oldPassword)).toBe(true);
    expect(await validateClaims(session)).toEqual(session);
    expect(await outboxTo(account.email)).toEqual([]);
  });

  it("throttles wrong current passwords per account, then refuses even the right one until the window ends", async () => {
    const account = await accountWithPassword();
    setClock(new Date("2026-11-29T10:00:00Z"));
    const attempt = (currentPassword: string) => changePasswordFor(account.userId, { currentPassword, password: newPassword, confirmPassword: newPassword }, request);
    for (let i = 0; i < CURRENT_PASSWORD_LIMIT.rule.max; i += 1) {
      expect((await attempt(`Wrong-Guess-Number-${i}!x`)).state.fieldErrors.currentPassword).toBe("Your current password is incorrect");
    }
    const refused = await attempt(oldPassword);
    expect(refused.state.fieldErrors.currentPassword).toBe("Too many wrong passwords. Try again in 15 minutes");
    const outcomes = (await auditOf(account.userId, "password.change")).map((row) => row.outcome);
    expect(outcomes.filter((o) => o === "failure")).toHaveLength(CURRENT_PASSWORD_LIMIT.rule.max);
    expect(outcomes.filter((o) => o === "refused")).toHaveLength(1);
    setClock(new Date(Date.parse("2026-11-29T10:00:00Z") + (CURRENT_PASSWORD_LIMIT.rule.windowSeconds + 1) * 1000));
    expect((await attempt(oldPassword)).state.status).toBe("ok");
  });

  it("applies the registration policy to the new password and asks for every missing field", async () => {
    const account = await accountWithPassword();
    const empty = await changePasswordFor(account.userId, { currentPassword: "", password: "", confirmPassword: "" }, request);
    expect(empty.state.fieldErrors).toEqual({ currentPassword: "Enter your current password", password: "Enter a new password" });
    const weak = await changePasswordFor(account.userId, { currentPassword: oldPassword, password: "Password123!", confirmPassword: "Password123!" }, request);
    expect(Object.keys(weak.state.fieldErrors)).toEqual(["password"]);
    const personal = await changePasswordFor(account.userId, { currentPassword: oldPassword, password: `${account.username}-Lantern-58!`, confirmPassword: `${account.username}-Lantern-58!` }, request);
    expect(personal.state.fieldErrors.password).toBe("Your password must not contain your username");
    const mismatch = await changePasswordFor(account.userId, { currentPassword: oldPassword, password: newPassword, confirmPassword: `${newPassword}x` }, request);
    expect(mismatch.state.fieldErrors).toEqual({ confirmPassword: "The passwords do not match" });
    const same = await changePasswordFor(account.userId, { currentPassword: oldPassword, password: oldPassword, confirmPassword: oldPassword }, request);
    expect(same.state.fieldErrors).toEqual({ password: "Your new password must be different from your current password" });
    expect(await verifyPassword(await storedHash(account.userId), oldPassword)).toBe(true);
  });

  it("changes the password, ends the other sessions, keeps this one, audits and emails in one go", async () => {
    const account = await accountWithPassword();
    setClock(new Date("2026-11-29T10:00:00Z"));
    const thisSession = claimsAtSignIn({ id: account.userId, sessionVersion: account.sessionVersion });
    setClock(new Date("2026-11-29T10:05:00Z"));
    const otherSession = claimsAtSignIn({ id: account.userId, sessionVersion: account.sessionVersion });

    const { state, renewalTicket } = await changePasswordFor(account.userId, { currentPassword: oldPassword, password: newPassword, confirmPassword: newPassword }, request);
    expect(state.status).toBe("ok");
    expect(renewalTicket).toEqual(expect.any(String));
    const hash = await storedHash(account.userId);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, newPassword)).toBe(true);
    expect(await verifyPassword(hash, oldPassword)).toBe(false);

    // Both old tokens are stale now; only the one holding the ticket moves on, with its auth_time (SES-2).
    expect(await validateClaims(thisSession)).toBeNull();
    expect(await validateClaims(otherSession)).toBeNull();
    const renewed = await renewClaims(thisSession, { renewal: renewalTicket });
    expect(renewed).toEqual({ ...thisSession, session_version: account.sessionVersion + 1 });
    expect(await validateClaims(renewed!)).toEqual(renewed);
    // The ticket is single use: the other device cannot replay it.
    expect(await renewClaims(otherSession, { renewal: renewalTicket })).toBeNull();

    expect(await auditOf(account.userId, "password.change")).toEqual([{ outcome: "success", details: null }]);
    const [email] = await outboxTo(account.email);
    expect(email!.subject).toBe("Your password was changed");
    expect(email!.text).toContain("This wasn't me");
    expect(email!.text).toContain("/forgot-password");
    expect(email!.text).toContain("except the one the change was made on");
    expect(email!.text).toContain("Nov 29, 2026, 5:05 AM EST");
    expect(email!.text).not.toContain(newPassword);
  });
});

describe("sign out of all other sessions (SES-5)", () => {
  it("ends every other session, keeps this one through its ticket, and audits", async () => {
    const account = await accountWithPassword();
    const thisSession = claimsAtSignIn({ id: account.userId, sessionVersion: account.sessionVersion });
    const otherSession = claimsAtSignIn({ id: account.userId, sessionVersion: account.sessionVersion });
    const { renewalTicket } = await signOutOtherSessionsFor(account.userId, request);
    expect(await validateClaims(otherSession)).toBeNull();
    const renewed = await renewClaims(thisSession, { renewal: renewalTicket });
    expect(renewed?.session_version).toBe(account.sessionVersion + 1);
    expect(await validateClaims(renewed!)).not.toBeNull();
    expect(await validateClaims(otherSession)).toBeNull();
    expect(await auditOf(account.userId, "sessions.signed_out_others")).toEqual([{ outcome: "success", details: null }]);
    expect(await verifyPassword(await storedHash(account.userId), oldPassword)).toBe(true);
  });
});
