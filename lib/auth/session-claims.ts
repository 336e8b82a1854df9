import "server-only";
import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";

/** Absolute session lifetime from authentication, not extended by activity (SES-2). */
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

export type SessionClaims = { sub: string; session_version: number; auth_time: number };

/**
 * The whole JWT payload (AJS-3, PII-9): who, which session generation, and when they authenticated.
 * No name, email, SSN or date of birth; pages read those through lib/ with the user id.
 */
export function claimsAtSignIn(user: { id?: string; sessionVersion?: number }): SessionClaims {
  if (!user.id || typeof user.sessionVersion !== "number") throw new Error("sign-in returned an incomplete user");
  return { sub: user.id, session_version: user.sessionVersion, auth_time: Math.floor(now().getTime() / 1000) };
}

/**
 * Checked on every session read: a token from before a password change, reset or "sign out
 * everywhere" (session_version bumped, SES-5), or older than the absolute limit (SES-2), is refused;
 * returning null makes Auth.js clear the cookie.
 */
export async function validateClaims(token: JWT): Promise<SessionClaims | null> {
  const claims = claimsWithinLifetime(token);
  if (!claims) return null;
  const version = await currentSessionVersion(claims.sub);
  return version === claims.session_version ? claims : null;
}

/** The token's claims when well formed and inside the absolute lifetime (SES-2); the version is not checked here. */
export function claimsWithinLifetime(token: JWT): SessionClaims | null {
  const { sub, session_version: version, auth_time: authTime } = token as Partial<SessionClaims>;
  if (typeof sub !== "string" || typeof version !== "number" || typeof authTime !== "number") return null;
  if (Math.floor(now().getTime() / 1000) - authTime > ABSOLUTE_SESSION_SECONDS) return null;
  return { sub, session_version: version, auth_time: authTime };
}

export async function currentSessionVersion(userId: string, executor: Executor = db): Promise<number | undefined> {
  const [row] = await executor.select({ sessionVersion: users.sessionVersion, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).limit(1);
  // A disabled account (staff, issue 15) has no live session whatever the token says, Microsoft and passkeys included.
  return row && !row.disabledAt ? row.sessionVersion : undefined;
}
