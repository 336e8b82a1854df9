import "server-only";
import { eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { consumeToken, issueToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * The first session of an account created (or claimed) a moment ago. The person has just proved who
 * they are and chosen the password, so checking that password again would only cost a second argon2
 * run, count against the sign-in throttles and write a "signed in" event for an account that is
 * seconds old. Instead the account's transaction issues a ticket: random, single use, a minute long,
 * only its SHA-256 stored, bound to the new user id. The registration action hands it to Auth.js's
 * Credentials sign-in (startFirstSession), whose authorize() uses it up here. It never leaves the
 * server, so a browser cannot present one.
 */
export type TicketHolder = { id: string; sessionVersion: number };

/** Call inside the transaction that creates the account. */
export function issueSessionTicket(executor: Executor, userId: string, email: string): Promise<string> {
  return issueToken(executor, { purpose: "session_ticket", userId, email });
}

/** authorize()'s ticket branch: the account behind a live ticket for `userId`, once; null for anything else. */
export async function redeemSessionTicket(userId: unknown, ticket: unknown, executor: Executor = db): Promise<TicketHolder | null> {
  if (typeof userId !== "string") return null;
  const used = await consumeToken("session_ticket", ticket, executor, userId);
  if (!used) return null;
  const [row] = await executor.update(users).set({ lastSignInAt: now() }).where(eq(users.id, used.userId)).returning({ sessionVersion: users.sessionVersion });
  return row ? { id: used.userId, sessionVersion: row.sessionVersion } : null;
}
