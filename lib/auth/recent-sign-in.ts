import "server-only";
import { now } from "@/lib/platform/clock";
import { currentSessionClaims } from "./session-read";

/** SES-7: email, password and Microsoft-link changes need a sign-in within this window, or the password again. */
export const RECENT_SIGN_IN_MINUTES = 15;

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
