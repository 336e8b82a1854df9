import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { advanceClock, setClock } from "@/lib/tooling/testing/test-env";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { auditEvents, oneTimeTokens, passwordHashes, users } from "@/lib/platform/db/schema";
import { hashToken } from "@/lib/platform/tokens/one-time-tokens";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { confirmEmailChange, emailChangeStatusFor, requestEmailChangeFor } from "./email-change";

provideTestDatabase();
const testRequest = { ip: "192.0.2.80", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };
afterEach(() => setClock(undefined));

const fresh = () => Math.floor(now().getTime() / 1000);
let addresses = 0;
const newAddress = () => `moved${process.pid}x${(addresses += 1)}@new.example`;

/** The token from the newest confirmation link sent to `address` (only the email ever holds it). */
async function linkTokenSentTo(address: string): Promise<string> {
  const mail = (await outboxTo(address)).filter((row) => row.template === "email-change-confirm").at(-1);
  const match = /confirm-email-change\?token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "");
  if (!match) throw new Error(`no confirmation link sent to ${address}`);
  return match[1]!;
}

async function emailOf(userId: string) {
  const [row] = await db.select({ email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, userId));
  return row!;
}

describe("changing the email address", () => {
  it("is pending until the new address confirms; the old address is told at request and at change", async () => {
    const account = await insertTestAccount();
    const target = newAddress();
    const state = await requestEmailChangeFor(account.userId, fresh(), { newEmail: `  ${target.toUpperCase()} `, currentPassword: "" }, testRequest);
    expect(state).toEqual({ status: "ok", fieldErrors: {}, values: { newEmail: target } });
    expect((await emailOf(account.userId)).email).toBe(account.email);
    expect(await emailChangeStatusFor(account.userId, fresh())).toEqual({ email: account.email, pendingEmail: target, passwordNeeded: false });

    const token = await linkTokenSentTo(target);
    const [stored] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, account.userId));
    expect(stored).toMatchObject({ purpose: "email_change", tokenHash: hashToken(token), email: target });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeCloseTo(24 * 3_600_000, -4);

    const [requested] = await outboxTo(account.email);
    expect(requested).toMatchObject({ template: "email-change-notice", subject: "A change of your email address was requested" });
    expect(requested!.text).toContain(target);
    expect(requested!.text).toMatch(/This wasn't me: reset your password now http:\/\/localhost:3000\/forgot-password/);
    expect(requested!.text).toContain("Online Support Form http://localhost:3000/support");

    expect(await confirmEmailChange(token, testRequest)).toBe("changed");
    expect((await emailOf(account.userId)).email).toBe(target);
    expect((await emailOf(account.userId)).verified).toBeInstanceOf(Date);
    expect((await emailChangeStatusFor(account.userId, fresh())).pendingEmail).toBeNull();
    const notices = await outboxTo(account.email);
    expect(notices.map((row) => row.subject)).toEqual(["A change of your email address was requested", "Your email address was changed"]);
    expect(notices[1]!.text).toContain("http://localhost:3000/support");
    const events = await db.select({ event: auditEvents.event, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.userId, account.userId));
    expect(events.map((row) => row.event)).toEqual(["profile.email_change_requested", "profile.email_change_confirmed"]);
    expect(JSON.stringify(events)).not.toContain("@");
  });

  it("uses a link once (TOK-2), and a newer request retires the older link", async () => {
    const account = await insertTestAccount();
    const first = newAddress();
    await requestEmailChangeFor(account.userId, fresh(), { newEmail: first }, testRequest);
    const older = await linkTokenSentTo(first);
    const second = newAddress();
    await requestEmailChangeFor(account.userId, fresh(), { newEmail: second }, testRequest);
    expect(await confirmEmailChange(older, testRequest)).toBe("used");
    expect((await emailOf(account.userId)).email).toBe(account.email);
    const newer = await linkTokenSentTo(second);
    const [once, twice] = await Promise.all([confirmEmailChange(newer, testRequest), confirmEmailChange(newer, testRequest)].map((p) => p.catch(() => "error")));
    expect([once, twice].sort()).toEqual(["changed", "used"]);
    expect((await emailOf(account.userId)).email).toBe(second);
    expect(await confirmEmailChange("A".repeat(43), testRequest)).toBe("unknown");
    expect(await confirmEmailChange("not a token", testRequest)).toBe("unknown");
  });

  it("expires after 24 hours and then changes nothing", async () => {
    setClock(new Date("2026-11-29T09:00:00Z"));
    const account = await insertTestAccount();
    const target = newAddress();
    await requestEmailChangeFor(account.userId, fresh(), { newEmail: target }, testRequest);
    const token = await linkTokenSentTo(target);
    advanceClock(24 * 3_600_000 + 1_000);
    expect((await emailChangeStatusFor(account.userId, fresh() - 60)).pendingEmail).toBeNull();
    expect(await confirmEmailChange(token, testRequest)).toBe("expired");
    expect((await emailOf(account.userId)).email).toBe(account.email);
  });

  it("refuses an invalid or unchanged address with the registration wording, and keeps what was typed", async () => {
    const account = await insertTestAccount();
    const invalid = await requestEmailChangeFor(account.userId, fresh(), { newEmail: "not-an-address", currentPassword: "secret" }, testRequest);
    expect(invalid.fieldErrors).toEqual({ newEmail: "Enter an email address in the correct format, like name@example.com" });
    expect(invalid.values).toEqual({ newEmail: "not-an-address" });
    const same = await requestEmailChangeFor(account.userId, fresh(), { newEmail: account.email.toUpperCase() }, testRequest);
    expect(same.fieldErrors).toEqual({ newEmail: "This is already your email address. Enter a different one" });
    expect(await db.$count(oneTimeTokens, eq(oneTimeTokens.userId, account.userId))).toBe(0);
  });

  it("treats an address another account uses like any other (addresses are shared; nothing is revealed)", async () => {
    const other = await insertTestAccount();
    const account = await insertTestAccount();
    const state = await requestEmailChangeFor(account.userId, fresh(), { newEmail: other.email }, testRequest);
    expect(state.status).toBe("ok");
    expect(await confirmEmailChange(await linkTokenSentTo(other.email), testRequest)).toBe("changed");
    expect((await emailOf(account.userId)).email).toBe(other.email);
    expect((await emailOf(other.userId)).email).toBe(other.email);
  });

  it("asks for the current password when the sign-in is older than 15 minutes (SES-7)", async () => {
    setClock(new Date("2026-11-29T09:00:00Z"));
    const account = await insertTestAccount();
    await db.insert(passwordHashes).values({ userId: account.userId, hash: await hashPassword("correct horse battery staple 42") });
    const signedIn = fresh();
    advanceClock(16 * 60_000);
    expect((await emailChangeStatusFor(account.userId, signedIn)).passwordNeeded).toBe(true);
    const target = newAddress();
    const asked = await requestEmailChangeFor(account.userId, signedIn, { newEmail: target, currentPassword: "" }, testRequest);
    expect(asked).toMatchObject({ status: "error", fieldErrors: { currentPassword: "Enter your current password" }, values: { newEmail: target } });
    const wrong = await requestEmailChangeFor(account.userId, signedIn, { newEmail: target, currentPassword: "guess" }, testRequest);
    expect(wrong.fieldErrors.currentPassword).toBe("The password you entered is not correct");
    expect(wrong.values).not.toHaveProperty("currentPassword");
    expect(await outboxTo(target)).toEqual([]);
    const right = await requestEmailChangeFor(account.userId, signedIn, { newEmail: target, currentPassword: "correct horse battery staple 42" }, testRequest);
    expect(right.status).toBe("ok");
  });
});
