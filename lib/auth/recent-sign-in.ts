import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { validateClaims, type SessionClaims } from "./session-claims";

/** SES-7: email, password and Microsoft-link changes need a sign-in within this window, or the password again. */
export const RECENT_SIGN_IN_MINUTES = 15;

/**
 * The claims of this request's session cookie (who, which session generation, and `auth_time`),
 * checked like every session read (SES-2, SES-5), or null. Read from the JWT itself so the claims
 * stay out of the browser-visible session object (AJS-3); the cookie name and salt are Auth.js's.
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const config = getConfig();
  const secureCookie = config.APP_URL.startsWith("https://");
  const token = await getToken({ req: { headers: await headers() }, secret: config.AUTH_SECRET, secureCookie });
  return token ? validateClaims(token) : null;
}

/**
 * When the signed-in person `userId` last proved who they are, in seconds since the epoch, or 0
 * (treated as long ago) when the cookie does not belong to them. Callers pass requireUser()'s id.
 */
export async function signedInAtFor(userId: string): Promise<number> {
  const claims = await currentSessionClaims();
  return claims && claims.sub === userId ? claims.auth_time : 0;
}

/** True when a sign-in at `authTime` (epoch seconds) is too old for a sensitive change without the password. */
export function needsPasswordAgain(authTime: number, at: Date = now()): boolean {
  return at.getTime() / 1000 - authTime > RECENT_SIGN_IN_MINUTES * 60;
}
