import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { rememberedCookie } from "@/lib/second-factor/device-trust";
import { secondStepNeeded } from "@/lib/second-factor/second-step-needed";
import { consumeToken, issueToken, peekToken, tokenLifetimeSeconds, type TokenHolder } from "@/lib/platform/tokens/one-time-tokens";
import { issueSessionTicket } from "./session-ticket";

/**
 * Between the password and the second factor no session exists (MFA-7). The password step ends with
 * a "second step" ticket instead: 256 random bits, only its hash stored (the token store's
 * second_factor_ticket purpose, five minutes, one live per account), kept in an httpOnly cookie of
 * this browser scoped to /sign-in. A good code trades it, once, for a session ticket, the path the
 * first session after registering takes (lib/auth/session-ticket.ts).
 */
function cookieName(): string {
  return getConfig().APP_URL.startsWith("https://") ? "__Secure-second-step" : "second-step";
}

export async function startSecondStep(user: { id: string; email: string }): Promise<void> {
  const ticket = await issueToken(db, { purpose: "second_factor_ticket", userId: user.id, email: user.email });
  (await cookies()).set(cookieName(), ticket, {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().APP_URL.startsWith("https://"),
    path: "/sign-in",
    maxAge: tokenLifetimeSeconds("second_factor_ticket"),
  });
}

/** Whose second step this browser is on, or null (no cookie, a used or expired ticket). Reads only. */
export async function secondStepHolder(): Promise<TokenHolder | null> {
  return peekToken("second_factor_ticket", (await cookies()).get(cookieName())?.value);
}

/** Uses the ticket up and returns a session ticket for the same account, or null if it was already used. */
export async function finishSecondStep(userId: string): Promise<{ userId: string; sessionTicket: string } | null> {
  const jar = await cookies();
  const ticket = jar.get(cookieName())?.value;
  const sessionTicket = await db.transaction(async (tx) => {
    const used = await consumeToken("second_factor_ticket", ticket, tx, userId);
    return used ? issueSessionTicket(tx, used.userId, used.email) : null;
  });
  jar.delete({ name: cookieName(), path: "/sign-in" });
  return sessionTicket ? { userId, sessionTicket } : null;
}

export const secondStepPath = "/sign-in/second-factor";

/**
 * After a good password (or a linked Microsoft identity): if the sign-in needs the second step (a
 * factor, this browser not remembered), start it in this browser and say so; otherwise false and the
 * caller starts the session.
 */
export async function secondStepAfterPassword(userId: string): Promise<boolean> {
  if (!(await secondStepNeeded(userId, await requestFacts(), await rememberedCookie()))) return false;
  return startSecondStepFor(userId);
}

/** Starts the second step for an account already known to need it; false if the account is gone. */
export async function startSecondStepFor(userId: string): Promise<boolean> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) return false;
  await startSecondStep({ id: userId, email: user.email });
  return true;
}
