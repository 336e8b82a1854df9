import { encode } from "next-auth/jwt";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { newRequest, seam } from "@/lib/tooling/testing/session-seam";
import { sessionUserId } from "./session-read";

vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

/**
 * The page's session read against cookies made the way Auth.js makes them (next-auth/jwt's encode,
 * the cookie name as salt): it must accept exactly what Auth.js's own read accepts (SES-1, SES-2, SES-5).
 */
provideTestDatabase();
beforeEach(() => newRequest(null));

const cookieName = "authjs.session-token"; // APP_URL is http in tests
async function signedInUser() {
  const { userId } = await insertTestAccount();
  const [user] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return user!;
}

async function tokenFor(user: { id: string; sessionVersion: number }, options: { salt?: string; maxAge?: number; authTime?: number } = {}) {
  const claims = { sub: user.id, session_version: user.sessionVersion, auth_time: options.authTime ?? Math.floor(Date.now() / 1000) };
  return encode({ token: claims, secret: getConfig().AUTH_SECRET, salt: options.salt ?? cookieName, maxAge: options.maxAge ?? 900 });
}

function sendCookies(pairs: Record<string, string>) {
  seam.headers.set("cookie", Object.entries(pairs).map(([name, value]) => `${name}=${value}`).join("; "));
}

describe("sessionUserId", () => {
  it("reads the user of a current session cookie, also when it arrives in chunks", async () => {
    const user = await signedInUser();
    const token = await tokenFor(user);
    sendCookies({ [cookieName]: token });
    expect(await sessionUserId()).toBe(user.id);
    sendCookies({ [`${cookieName}.1`]: token.slice(100), [`${cookieName}.0`]: token.slice(0, 100) });
    expect(await sessionUserId()).toBe(user.id);
  });

  it("refuses a token after sign-out everywhere, for a disabled account, past 12 hours or past its idle expiry", async () => {
    const user = await signedInUser();
    sendCookies({ [cookieName]: await tokenFor(user, { authTime: Math.floor(Date.now() / 1000) - 12 * 3600 - 60 }) });
    expect(await sessionUserId(), "absolute lifetime (SES-2)").toBeNull();
    sendCookies({ [cookieName]: await tokenFor(user, { maxAge: -60 }) });
    expect(await sessionUserId(), "idle expiry (SES-1)").toBeNull();

    sendCookies({ [cookieName]: await tokenFor(user) });
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await sessionUserId(), "session version bumped (SES-5)").toBeNull();

    const [current] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    sendCookies({ [cookieName]: await tokenFor({ id: user.id, sessionVersion: current!.sessionVersion }) });
    expect(await sessionUserId()).toBe(user.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await sessionUserId(), "disabled account").toBeNull();
  });

  it("takes the token only from the session cookie of this site's scheme, never from a header or a look-alike", async () => {
    const user = await signedInUser();
    const token = await tokenFor(user);
    seam.headers.set("authorization", `Bearer ${token}`);
    expect(await sessionUserId(), "Authorization header").toBeNull();
    // Encrypted for the https cookie name (its salt), presented on the http site, and the other way round.
    sendCookies({ [`__Secure-${cookieName}`]: await tokenFor(user, { salt: `__Secure-${cookieName}` }) });
    expect(await sessionUserId()).toBeNull();
    sendCookies({ [cookieName]: await tokenFor(user, { salt: `__Secure-${cookieName}` }) });
    expect(await sessionUserId()).toBeNull();
    sendCookies({ [cookieName]: "not-a-token" });
    expect(await sessionUserId()).toBeNull();
  });
});
