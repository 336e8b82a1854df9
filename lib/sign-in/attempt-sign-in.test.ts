import { and, desc, eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestAccount, openedOutboxRow } from "@/lib/tooling/testing/factory";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, emailOutbox, rateLimitCounters, users } from "@/lib/platform/db/schema";
import { ipLimitSubject } from "@/lib/platform/security/client-ip";
import { counterKey } from "@/lib/platform/security/rate-limit";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { attemptSignIn, type SignInOutcome } from "./attempt-sign-in";
import { accountKeyOf, findSignInTarget, sourceKey } from "./failure-store";
import { unlockWithToken } from "./unlock";

provideTestDatabase();
const password = "Amber-Canyon-Whistle-42!";
let ip = 0;
// Each test uses its own client address so the per-(username, IP) limiter starts empty.
const nextIp = () => `198.51.100.${++ip}`;

beforeEach(() => setClock(new Date("2026-11-29T10:00:00Z")));
afterEach(restoreTestEnv);

/** The outcome without its numbers where they depend on timing only. */
const shape = (outcome: SignInOutcome) => (outcome.ok ? "ok" : outcome.reason === "locked" ? `locked:${outcome.retryAfterSeconds}` : outcome.reason);

async function failures(username: string, address: string, count: number, stepMs = 0) {
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    seen.push(shape(await attemptSignIn({ username, password: `Wrong-guess-${i}`, ip: address })));
    advanceClock(stepMs);
  }
  return seen;
}

describe("sign-in attempts: throttling and lockout (AJS-10, RL-1, RL-2, RL-11)", () => {
  it("signs in with the right password (username ignoring case) and clears earlier failures", async () => {
    const user = await createTestAccount("t.signin", password);
    const address = nextIp();
    await failures("t.signin", address, 3);
    expect(await attemptSignIn({ username: "T.SIGNIN", password, ip: address })).toEqual({ ok: true, userId: user.id, sessionVersion: 1, commonPassword: false, secondStep: false });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.failedSignInCount).toBe(0);
  });

  it("a right password forgets this source's failures and this pair's count, stamps the last sign-in and records the success (RL-1, LOG-1)", async () => {
    const user = await createTestAccount("t.forget", password);
    const address = nextIp();
    await failures("t.forget", address, 2);
    const counters = [
      sourceKey(accountKeyOf(await findSignInTarget("t.forget")), `net:${ipLimitSubject(address)}`),
      counterKey("sign-in-username-ip", `t.forget|${address}`),
    ];
    const counts = async () => (await db.select({ count: rateLimitCounters.count }).from(rateLimitCounters).where(inArray(rateLimitCounters.key, counters))).map((row) => row.count);
    expect(await counts()).toEqual([2, 2]);
    expect(await attemptSignIn({ username: "T.Forget", password, ip: address })).toMatchObject({ ok: true, userId: user.id });
    expect(await counts()).toEqual([]);
    const [row] = await db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, user.id));
    expect(row!.lastSignInAt).toEqual(new Date("2026-11-29T10:00:00Z"));
    const events = await db.select({ outcome: auditEvents.outcome, ip: auditEvents.ip }).from(auditEvents).where(and(eq(auditEvents.userId, user.id), eq(auditEvents.event, "sign-in")));
    expect(events.map((event) => event.outcome).sort()).toEqual(["failure", "failure", "success"]);
    expect(events.every((event) => event.ip === address)).toBe(true);
  });

  it("locks after five failures for a growing time, and says when to try again; the right password waits too", async () => {
    await createTestAccount("t.lock", password);
    const address = nextIp();
    expect(await failures("t.lock", address, 6)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked:60", "locked:60"]);
    expect(shape(await attemptSignIn({ username: "t.lock", password, ip: address }))).toBe("locked:60");
    advanceClock(61_000);
    expect(await failures("t.lock", address, 1)).toEqual(["locked:120"]);
    advanceClock(121_000);
    expect(shape(await attemptSignIn({ username: "t.lock", password, ip: address }))).toBe("ok");
  });

  it("a locked attempt costs no (username, IP) budget (RL-2 is counted, then given back)", async () => {
    await createTestAccount("t.refund", password);
    const address = nextIp();
    expect(await failures("t.refund", address, 8)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked:60", "locked:60", "locked:60", "locked:60"]);
    const [pair] = await db.select({ count: rateLimitCounters.count }).from(rateLimitCounters).where(eq(rateLimitCounters.key, counterKey("sign-in-username-ip", `t.refund|${address}`)));
    expect(pair!.count).toBe(5);
  });

  it("gives an unknown username exactly the same outcomes as a real one", async () => {
    await createTestAccount("t.real", password);
    const [a, b] = [nextIp(), nextIp()];
    const real = [...(await failures("t.real", a, 6)), ...(advanceClock(61_000), await failures("t.real", a, 2))];
    setClock(new Date("2026-11-29T10:00:00Z"));
    const unknown = [...(await failures("t.nobody", b, 6)), ...(advanceClock(61_000), await failures("t.nobody", b, 2))];
    expect(unknown).toEqual(real);
  });

  it("throttles one username from one address to five tries a minute (RL-2); other usernames keep their own budget", async () => {
    useTestEnv({ RATE_LIMIT_SIGN_IN_LOCKOUT: "50/60" }); // account lockout out of the way, to see RL-2 alone
    const address = nextIp();
    expect(await failures("t.pair", address, 6)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid", "throttled"]);
    expect(await failures("t.other", address, 1)).toEqual(["invalid"]);
    advanceClock(61_000);
    expect(await failures("t.pair", address, 1)).toEqual(["invalid"]);
  });

  it("after the hard cap only the emailed unlock link (or a reset) opens the account (RL-11)", async () => {
    useTestEnv({ RATE_LIMIT_SIGN_IN_HARD_CAP: "7/86400" });
    const user = await createTestAccount("t.cap", password, "t.cap@example.org");
    const address = nextIp();
    const seen = await failures("t.cap", address, 7, 10 * 60_000);
    expect(seen.at(-1)).toBe("unlock-required");
    advanceClock(60 * 60_000);
    expect(shape(await attemptSignIn({ username: "t.cap", password, ip: nextIp() }))).toBe("unlock-required");
    const [mail] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, "t.cap@example.org"), eq(emailOutbox.template, "account-locked")))
      .orderBy(desc(emailOutbox.createdAt));
    const token = /unlock\?token=([A-Za-z0-9_-]+)/.exec(openedOutboxRow(mail!).text)?.[1];
    expect(token).toBeTruthy();
    expect(await unlockWithToken(token!, { ip: "198.51.100.200", userAgent: null })).toBe(true);
    expect(await unlockWithToken(token!, { ip: "198.51.100.200", userAgent: null })).toBe(false);
    expect(await attemptSignIn({ username: "t.cap", password, ip: nextIp() })).toMatchObject({ ok: true, userId: user.id });
  });
});

describe("the caller's second-step check (MFA-7), alongside the success write", () => {
  it("asks it only after a right password, with the account's id, and hands its answer back", async () => {
    const user = await createTestAccount("t.second", password);
    await createTestAccount("t.commonpw", "Password123!");
    const asked: string[] = [];
    const secondStepCheck = async (userId: string) => {
      asked.push(userId);
      return true;
    };
    const address = nextIp();
    expect(await attemptSignIn({ username: "t.second", password: "Wrong-guess", ip: address, secondStepCheck })).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptSignIn({ username: "nobody.here", password, ip: address, secondStepCheck })).toEqual({ ok: false, reason: "invalid" });
    expect(asked).toEqual([]);
    expect(await attemptSignIn({ username: "t.second", password, ip: address, secondStepCheck })).toMatchObject({ ok: true, userId: user.id, secondStep: true });
    expect(asked).toEqual([user.id]);
    // A common password starts no session and no second step (PWD-4): the check is not asked.
    expect(await attemptSignIn({ username: "t.commonpw", password: "Password123!", ip: address, secondStepCheck })).toMatchObject({ ok: true, commonPassword: true, secondStep: false });
    expect(asked).toEqual([user.id]);
  });

  it("fails the attempt if the check fails, after the success was still recorded", async () => {
    const user = await createTestAccount("t.checkfails", password);
    const secondStepCheck = async () => {
      throw new Error("database gone");
    };
    await expect(attemptSignIn({ username: "t.checkfails", password, ip: nextIp(), secondStepCheck })).rejects.toThrow("database gone");
    const events = await db.select({ outcome: auditEvents.outcome }).from(auditEvents).where(and(eq(auditEvents.userId, user.id), eq(auditEvents.event, "sign-in")));
    expect(events.map((event) => event.outcome)).toEqual(["success"]);
  });
});
