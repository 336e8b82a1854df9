import "server-only";
import { eq, sql } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { consumeToken, issueToken, retireAccountLinks } from "@/lib/platform/tokens/one-time-tokens";
import { claimsWithinLifetime, currentSessionVersion, validateClaims, type SessionClaims } from "./session-claims";

/**
 * Ending an account's OTHER sessions (SES-5: password change, "sign out of all other sessions").
 *
 * Sessions are JWTs checked against users.session_version on every read, so bumping the version ends
 * every session at once, this one included. To keep this one, the server action that bumps it also
 * issues a renewal ticket (random, single use, a minute long, only its SHA-256 stored, bound to the
 * user id) and hands it to Auth.js's update (unstable_update) in the same request; the jwt callback
 * moves the token to the new version only after using that ticket up.
 *
 * Why a ticket: the browser can POST to /api/auth/session with any `data` too. Without one, a stale
 * token (another device, signed out by the bump) could "update" itself back to life. The ticket never
 * leaves the server, so a forged update is treated as an ordinary read and a stale token stays dead.
 */
export type RenewalData = { renewal?: unknown };

/**
 * Bumps the account's session version, retires the account's emailed links and pending Microsoft
 * link intents (retireAccountLinks), and issues the ticket for the current session; call inside the
 * change's transaction (a password change, "sign out of all other sessions").
 */
export async function endOtherSessions(executor: Executor, userId: string): Promise<string> {
  const [row] = await executor
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  if (!row) throw new Error("no such account");
  await retireAccountLinks(executor, userId);
  return issueToken(executor, { purpose: "session_renewal", userId, email: row.email });
}

/**
 * The jwt callback for trigger "update". With a live ticket for this token's user, the ticket is used
 * up (atomically, so a replay gets nothing) and the token takes the account's current version;
 * auth_time is kept, so the absolute 12-hour limit (SES-2) cannot be extended this way. Anything else
 * is an ordinary session read, which refuses a stale token.
 */
export async function renewClaims(token: JWT, data: RenewalData | undefined, executor: Executor = db): Promise<SessionClaims | null> {
  const claims = claimsWithinLifetime(token);
  const ticket = typeof data?.renewal === "string" ? data.renewal : "";
  if (!claims || !ticket) return validateClaims(token);
  const used = await consumeToken("session_renewal", ticket, executor, claims.sub);
  if (!used) return validateClaims(token);
  const version = await currentSessionVersion(claims.sub, executor);
  return version === undefined ? null : { ...claims, session_version: version };
}
