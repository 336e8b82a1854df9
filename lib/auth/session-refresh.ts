import { now } from "@/lib/platform/clock";
import { readSessionToken } from "./session-token";

/**
 * How often the proxy re-issues a session cookie (SES-1, AJS-2). A re-issue is Auth.js's whole
 * session read: its configuration, a CSRF hash, the jwt callback's database read and a newly
 * encrypted cookie, about a millisecond and an eighth of a signed-in page's server time (issue 16's
 * profile of the dashboard). A cookie issued less than this long ago is left as it is, as Auth.js's
 * `updateAge` does for database sessions. Pages and actions still check every request's session
 * themselves (session-read.ts, guards.ts); only the cookie's renewal waits.
 */
export const sessionRefreshSeconds = 60;

/**
 * The session cookie's lifetime: the idle limit plus the refresh window, so activity just after a
 * re-issue (which renews nothing) is still followed by the whole idle limit. The browser's idle
 * warning signs out at the idle limit itself; only a session whose browser is gone can outlive it,
 * by at most the window (the justification SES-1 asks for a limit above 15 minutes).
 */
export function sessionLifetimeSeconds(idleMinutes: number): number {
  return idleMinutes * 60 + sessionRefreshSeconds;
}

/** Whether the request's session cookie decrypts, has not expired and was issued within the window. */
export async function sessionCookieIsFresh(cookieHeader: string, at: Date = now()): Promise<boolean> {
  const token = await readSessionToken(cookieHeader);
  if (typeof token?.iat !== "number") return false;
  const ageSeconds = at.getTime() / 1000 - token.iat;
  return ageSeconds >= 0 && ageSeconds < sessionRefreshSeconds;
}
