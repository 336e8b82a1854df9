import { and, desc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestAccount, openedOutboxRow } from "@/lib/tooling/testing/factory";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { attemptSignIn, perNetwork, type SignInOutcome, type SignInRequest } from "./attempt-sign-in";
import { accountKeyOf, findSignInTarget, readSourceFailures, recordSourceFailure } from "./failure-store";
import { knownDeviceSource, knownDeviceValueAfterSignIn } from "./known-device";
import { lockoutPolicy } from "./lockout-policy";
import { unlockWithToken } from "./unlock";

provideTestDatabase();
const password = "Amber-Canyon-Whistle-42!";
let octet = 0;
/** A fresh IPv4 address per call, so limits keyed on the network start empty. */
const nextIp = () => `203.0.113.${++octet}`;

beforeEach(() => setClock(new Date("2026-11-30T10:00:00Z")));
afterEach(restoreTestEnv);

const shape = (outcome: SignInOutcome) => (outcome.ok ? "ok" : outcome.reason);

async function wrong(username: string, from: Partial<SignInRequest> & { ip: string }, count: number, stepMs = 0) {
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    seen.push(shape(await attemptSignIn({ username, password: `Wrong-guess-${i}`, ...from })));
    advanceClock(stepMs);
  }
  return seen;
}

describe("lockout per account and source (RL-1, RL-11, issue 11 item 4)", () => {
  it("RL-1: a stranger's wrong passwords lock the stranger's network only; the person signs in from theirs", async () => {
    const user = await createTestAccount("t.target", password);
    const attacker = nextIp();
    expect(await wrong("t.target", { ip: attacker }, 6)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);
    expect(shape(await attemptSignIn({ username: "t.target", password, ip: attacker }))).toBe("locked");
    expect(await attemptSignIn({ username: "t.target", password, ip: nextIp() })).toMatchObject({ ok: true, userId: user.id });
  });

  it("RL-1: IPv6 addresses in one /64 are one source; another /64 is not held by its lock", async () => {
    await createTestAccount("t.six", password);
    expect(await wrong("t.six", { ip: "2001:db8:5:6::1" }, 5)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    expect(shape(await attemptSignIn({ username: "t.six", password, ip: "2001:db8:5:6:ffff::9" }))).toBe("locked");
    expect(shape(await attemptSignIn({ username: "t.six", password, ip: "2001:db8:5:7::1" }))).toBe("ok");
  });

  it("RL-1: an unknown username locks per source exactly like a real one (AJS-10)", async () => {
    await createTestAccount("t.real2", password);
    const [a, b] = [nextIp(), nextIp()];
    const real = [...(await wrong("t.real2", { ip: a }, 6)), ...(await wrong("t.real2", { ip: nextIp() }, 1))];
    const unknown = [...(await wrong("t.nobody2", { ip: b }, 6)), ...(await wrong("t.nobody2", { ip: nextIp() }, 1))];
    expect(unknown).toEqual(real);
  });

  it("RL-11: past the hard cap other browsers need the emailed unlock link, but a known device may still try; the link still works", async () => {
    useTestEnv({ RATE_LIMIT_SIGN_IN_HARD_CAP: "6/86400" });
    const user = await createTestAccount("t.known", password, "t.known@example.org");
    const known = knownDeviceValueAfterSignIn(user.id, undefined);
    // Six strangers, each from a network of its own: no single source is locked, the account is.
    for (let i = 0; i < 6; i += 1) await wrong("t.known", { ip: nextIp() }, 1);
    expect(shape(await attemptSignIn({ username: "t.known", password, ip: nextIp() }))).toBe("unlock-required");
    // The person's own browser, from anywhere: its wrong password is refused plainly, its right one works.
    expect(await wrong("t.known", { ip: nextIp(), knownDevice: known }, 1)).toEqual(["invalid"]);
    expect(await attemptSignIn({ username: "t.known", password, ip: nextIp(), knownDevice: known })).toMatchObject({ ok: true, userId: user.id });

    // Locked again by strangers: the emailed unlock link (kept) opens it for any browser.
    advanceClock(60_000); // so the newest email is told apart from the first lock's
    for (let i = 0; i < 6; i += 1) await wrong("t.known", { ip: nextIp() }, 1);
    const [mail] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, "t.known@example.org"), eq(emailOutbox.template, "account-locked")))
      .orderBy(desc(emailOutbox.createdAt));
    const token = /unlock\?token=([A-Za-z0-9_-]+)/.exec(openedOutboxRow(mail!).text)?.[1];
    expect(token).toBeTruthy();
    expect(await unlockWithToken(token!, { ip: "203.0.113.250", userAgent: null })).toBe(true);
    expect(shape(await attemptSignIn({ username: "t.known", password, ip: nextIp() }))).toBe("ok");
  });

  it("RL-11: a known-device cookie vouches only for its own account, only while signed and unexpired", async () => {
    const user = await createTestAccount("t.device", password);
    const other = await createTestAccount("t.device2", password);
    const value = knownDeviceValueAfterSignIn(user.id, undefined);
    expect(knownDeviceSource(user.id, value)).toMatch(/^device:/);
    expect(knownDeviceSource(other.id, value)).toBeNull();
    expect(knownDeviceSource(user.id, value.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    const both = knownDeviceValueAfterSignIn(other.id, value);
    expect(knownDeviceSource(user.id, both)).toBe(knownDeviceSource(user.id, value));
    expect(knownDeviceSource(other.id, both)).toMatch(/^device:/);
    advanceClock(181 * 24 * 60 * 60_000);
    expect(knownDeviceSource(user.id, value)).toBeNull();
  });

  it("RL-1: concurrent failures from one source are all counted (one atomic upsert; real concurrency on PostgreSQL)", async () => {
    await createTestAccount("t.race", password);
    const target = await findSignInTarget("t.race");
    const at = new Date("2026-11-30T10:00:00Z");
    await Promise.all(Array.from({ length: 20 }, () => recordSourceFailure(accountKeyOf(target), "net:203.0.113.200", at, lockoutPolicy())));
    expect((await readSourceFailures(accountKeyOf(target), "net:203.0.113.200")).failures).toBe(20);
  });
});

describe("failed sign-ins per network across usernames (RL-5)", () => {
  it("RL-5: refuses a network past RATE_LIMIT_SIGN_IN_NETWORK failures, whatever the username; other networks and known devices go on", async () => {
    useTestEnv({ RATE_LIMIT_SIGN_IN_NETWORK: "4/900" });
    const user = await createTestAccount("t.stuffed", password);
    const known = knownDeviceValueAfterSignIn(user.id, undefined);
    const network = nextIp();
    const seen = [];
    for (const name of ["t.a1", "t.a2", "t.a3", "t.a4", "t.a5"]) seen.push(...(await wrong(name, { ip: network }, 1)));
    expect(seen).toEqual(["invalid", "invalid", "invalid", "invalid", "throttled"]);
    expect(shape(await attemptSignIn({ username: "t.stuffed", password, ip: network }))).toBe("throttled");
    expect(shape(await attemptSignIn({ username: "t.stuffed", password, ip: network, knownDevice: known }))).toBe("ok");
    expect(shape(await attemptSignIn({ username: "t.stuffed", password, ip: nextIp() }))).toBe("ok");
    advanceClock(901_000);
    expect(shape(await attemptSignIn({ username: "t.stuffed", password, ip: network }))).toBe("ok");
  });

  it("RL-5: the default budget is a sane one for a school behind one address", () => {
    expect(perNetwork.max).toBeGreaterThanOrEqual(30);
    expect(perNetwork.windowSeconds).toBeLessThanOrEqual(60 * 60);
  });
});
