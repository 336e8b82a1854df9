import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { oneTimeTokens, users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { ABSOLUTE_SESSION_SECONDS, claimsAtSignIn, validateClaims } from "./session-claims";
import { endOtherSessions, renewClaims } from "./session-renewal";

provideTestDatabase();
afterEach(() => setClock(undefined));

async function signedIn() {
  const account = await insertTestAccount();
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, account.userId));
  return { userId: account.userId, token: claimsAtSignIn({ id: account.userId, sessionVersion: user!.sessionVersion }) };
}

const bump = (userId: string) => db.transaction((tx) => endOtherSessions(tx, userId));

describe("session renewal through Auth.js update (SES-5, SES-2)", () => {
  it("treats an update without a valid ticket as an ordinary read: a live token stays as it is, data ignored", async () => {
    const { token } = await signedIn();
    expect(await renewClaims(token, { renewal: "made-up", session_version: 99 } as never)).toEqual(token);
    expect(await renewClaims(token, undefined)).toEqual(token);
  });

  it("refuses a stale token whatever the browser sends as update data", async () => {
    const { userId, token } = await signedIn();
    await bump(userId);
    for (const data of [undefined, {}, { renewal: "" }, { renewal: "forged-ticket" }, { renewal: 42 }, { session_version: token.session_version + 1 }]) {
      expect(await renewClaims(token, data as never)).toBeNull();
    }
  });

  it("does not let one account's ticket renew another account's session, nor use it up", async () => {
    const victim = await signedIn();
    const attacker = await signedIn();
    const ticket = await bump(victim.userId);
    await bump(attacker.userId);
    expect(await renewClaims(attacker.token, { renewal: ticket })).toBeNull();
    expect(await renewClaims(victim.token, { renewal: ticket })).not.toBeNull();
  });

  it("uses a ticket once even when two updates race for it; the other session at the old version is refused", async () => {
    const { userId, token } = await signedIn();
    const other = { ...token, auth_time: token.auth_time - 60 };
    const ticket = await bump(userId);
    const results = await Promise.all([renewClaims(token, { renewal: ticket }), renewClaims(other, { renewal: ticket })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.find(Boolean)!;
    expect(await validateClaims(winner)).toEqual(winner);
    expect(await validateClaims(winner === results[0] ? other : token)).toBeNull();
    const [row] = await db.select({ usedAt: oneTimeTokens.usedAt }).from(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
    expect(row!.usedAt).not.toBeNull();
  });

  it("keeps auth_time, so renewal cannot stretch the 12-hour limit, and refuses after it", async () => {
    setClock(new Date("2026-11-29T00:00:00Z"));
    const { userId, token } = await signedIn();
    setClock(new Date(Date.parse("2026-11-29T00:00:00Z") + (ABSOLUTE_SESSION_SECONDS - 30) * 1000));
    const renewed = await renewClaims(token, { renewal: await bump(userId) });
    expect(renewed?.auth_time).toBe(token.auth_time);
    setClock(new Date(Date.parse("2026-11-29T00:00:00Z") + (ABSOLUTE_SESSION_SECONDS + 1) * 1000));
    const late = await bump(userId);
    expect(await renewClaims(renewed!, { renewal: late })).toBeNull();
  });

  it("refuses a ticket after its minute is up", async () => {
    setClock(new Date("2026-11-29T00:00:00Z"));
    const { userId, token } = await signedIn();
    const ticket = await bump(userId);
    setClock(new Date("2026-11-29T00:01:01Z"));
    expect(await renewClaims(token, { renewal: ticket })).toBeNull();
  });
});
