import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/platform/config/env";
import { sessionCookieIsFresh, sessionLifetimeSeconds, sessionRefreshSeconds } from "./session-refresh";

/**
 * The proxy's decision to leave a session cookie as it is (SES-1, AJS-2): only a cookie Auth.js made,
 * still within its lifetime, issued less than a minute ago. Anything else goes to Auth.js, which
 * re-issues it or clears it. Cookies are made with next-auth's own encode (the cookie name as salt).
 */
const cookieName = "authjs.session-token"; // APP_URL is http in tests
const issuedAt = Date.parse("2026-11-28T08:00:00Z");

afterEach(() => vi.useRealTimers());

async function cookieIssuedAt(at: number, options: { salt?: string; secret?: string } = {}): Promise<string> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
  const token = await encode({
    token: { sub: "someone", session_version: 0, auth_time: Math.floor(at / 1000) },
    secret: options.secret ?? getConfig().AUTH_SECRET,
    salt: options.salt ?? cookieName,
    maxAge: sessionLifetimeSeconds(getConfig().SESSION_IDLE_MINUTES),
  });
  return `${cookieName}=${token}`;
}

/** Asks at `at`, with Date (read by jose for `exp`) and the argument agreeing. */
function freshAt(cookie: string, at: number): Promise<boolean> {
  vi.setSystemTime(at);
  return sessionCookieIsFresh(cookie, new Date(at));
}

describe("sessionCookieIsFresh", () => {
  it("leaves a cookie issued less than a minute ago, and renews it from the minute on", async () => {
    const cookie = await cookieIssuedAt(issuedAt);
    expect(await freshAt(cookie, issuedAt)).toBe(true);
    expect(await freshAt(cookie, issuedAt + 59_000)).toBe(true);
    expect(await freshAt(cookie, issuedAt + sessionRefreshSeconds * 1000)).toBe(false);
    expect(await freshAt(cookie, issuedAt + 10 * 60_000)).toBe(false);
  });

  it("leaves it in chunks too, as Auth.js splits a large cookie", async () => {
    const [, token] = (await cookieIssuedAt(issuedAt)).split("=");
    const chunked = `${cookieName}.0=${token!.slice(0, 100)}; ${cookieName}.1=${token!.slice(100)}`;
    expect(await freshAt(chunked, issuedAt + 1000)).toBe(true);
  });

  it("sends to Auth.js what Auth.js must clear or judge: foreign, forged or missing cookies", async () => {
    expect(await freshAt(await cookieIssuedAt(issuedAt, { secret: "another-secret-0123456789abcdef0123456789" }), issuedAt)).toBe(false);
    expect(await freshAt(await cookieIssuedAt(issuedAt, { salt: "another-cookie" }), issuedAt)).toBe(false);
    expect(await freshAt(`${cookieName}=not-a-token`, issuedAt)).toBe(false);
    expect(await freshAt("", issuedAt)).toBe(false);
  });

  it("does not trust a cookie issued in the future (a clock that moved back)", async () => {
    const cookie = await cookieIssuedAt(issuedAt + 30_000);
    expect(await freshAt(cookie, issuedAt)).toBe(false);
  });
});
