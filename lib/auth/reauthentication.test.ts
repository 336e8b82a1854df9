import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { advanceClock, setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, passwordHashes } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { needsPasswordAgain } from "./recent-sign-in";
import { confirmRecentAuthentication, REAUTH_LIMIT } from "./reauthentication";

provideTestDatabase();
const testRequest = { ip: "192.0.2.80", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };
afterEach(() => setClock(undefined));

const PASSWORD = "correct horse battery staple 42";
const start = new Date("2026-11-29T09:00:00Z");
const epoch = (date: Date) => Math.floor(date.getTime() / 1000);

async function accountWithPassword() {
  const account = await insertTestAccount();
  await db.insert(passwordHashes).values({ userId: account.userId, hash: await hashPassword(PASSWORD) });
  return account;
}

describe("SES-7: a sensitive change needs a sign-in within 15 minutes, or the password again", () => {
  it("reads the sign-in time against the clock: 15 minutes is recent, a second more is not", () => {
    setClock(start);
    const signedIn = epoch(start);
    advanceClock(15 * 60_000);
    expect(needsPasswordAgain(signedIn)).toBe(false);
    advanceClock(1_000);
    expect(needsPasswordAgain(signedIn)).toBe(true);
  });

  it("passes a recent sign-in whatever the form sent, and asks an older one for the right password", async () => {
    const account = await accountWithPassword();
    setClock(start);
    const signedIn = epoch(start);
    advanceClock(14 * 60_000);
    expect(await confirmRecentAuthentication(account.userId, signedIn, "", "test", testRequest)).toEqual({ ok: true });
    expect(await confirmRecentAuthentication(account.userId, signedIn, "not checked when recent", "test", testRequest)).toEqual({ ok: true });

    advanceClock(2 * 60_000);
    expect(await confirmRecentAuthentication(account.userId, signedIn, "", "test", testRequest)).toEqual({ ok: false, message: "Enter your current password" });
    expect(await confirmRecentAuthentication(account.userId, signedIn, "wrong password", "test", testRequest)).toEqual({ ok: false, message: "The password you entered is not correct" });
    expect(await confirmRecentAuthentication(account.userId, signedIn, PASSWORD, "test", testRequest)).toEqual({ ok: true });
    const audited = await db.select({ outcome: auditEvents.outcome, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.userId, account.userId));
    expect(audited.map((row) => row.outcome)).toEqual(["failure", "success"]);
    expect(JSON.stringify(audited)).not.toContain("wrong password");
  });

  it("throttles wrong answers per account; the pause ends with the window", async () => {
    const account = await accountWithPassword();
    setClock(start);
    const signedIn = epoch(start) - 3600;
    for (let attempt = 0; attempt < REAUTH_LIMIT.max; attempt += 1) {
      expect((await confirmRecentAuthentication(account.userId, signedIn, `guess ${attempt}`, "test", testRequest)).ok).toBe(false);
    }
    const refused = await confirmRecentAuthentication(account.userId, signedIn, PASSWORD, "test", testRequest);
    expect(refused).toEqual({ ok: false, message: "Too many wrong passwords. Wait 15 minutes, then try again" });
    expect(await db.$count(auditEvents, eq(auditEvents.outcome, "refused"))).toBe(1);
    advanceClock(REAUTH_LIMIT.windowSeconds * 1000);
    expect(await confirmRecentAuthentication(account.userId, signedIn, PASSWORD, "test", testRequest)).toEqual({ ok: true });
  });
});
