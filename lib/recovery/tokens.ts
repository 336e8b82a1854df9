import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { oneTimeTokens, type OneTimeTokenPurpose } from "@/lib/platform/db/schema";

/**
 * Lifetimes per purpose: a reset link lasts 30 minutes (TOK-4), unlock and email-change links a day
 * (TOK-2); a session renewal ticket is used within the same request that made it, so a minute is plenty.
 */
const lifetimeSeconds: Partial<Record<OneTimeTokenPurpose, number>> = {
  password_reset: 30 * 60,
  account_unlock: 24 * 60 * 60,
  email_change: 24 * 60 * 60,
  session_renewal: 60,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a single-use emailed token: 256 random bits, only the SHA-256 stored (TOK-1, TOK-4). A newer
 * token of the same purpose retires the account's older ones, so only the latest email works.
 */
export async function issueToken(
  executor: Executor,
  { purpose, userId, email }: { purpose: OneTimeTokenPurpose; userId: string; email: string },
): Promise<string> {
  const at = now();
  const token = randomBytes(32).toString("base64url");
  await executor
    .update(oneTimeTokens)
    .set({ usedAt: at })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
  await executor.insert(oneTimeTokens).values({
    purpose,
    tokenHash: hashToken(token),
    userId,
    email,
    expiresAt: new Date(at.getTime() + (lifetimeSeconds[purpose] ?? 30 * 60) * 1000),
  });
  return token;
}

function usable(purpose: OneTimeTokenPurpose, token: string) {
  return and(
    eq(oneTimeTokens.tokenHash, hashToken(token)),
    eq(oneTimeTokens.purpose, purpose),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, sql`${now().toISOString()}::timestamptz`),
  );
}

/** Looks a token up without using it (a page shows its form only for a live link). */
export async function peekToken(purpose: OneTimeTokenPurpose, token: string, executor: Executor = db) {
  if (!token || token.length > 200) return null;
  const [row] = await executor.select({ userId: oneTimeTokens.userId }).from(oneTimeTokens).where(usable(purpose, token));
  return row ?? null;
}

/**
 * Uses a token up, atomically: of two concurrent uses exactly one gets the row (single use). With
 * `boundTo`, only a token issued to that user id is used; anyone else's is left untouched.
 */
export async function consumeToken(purpose: OneTimeTokenPurpose, token: string, executor: Executor = db, boundTo?: string) {
  if (!token || token.length > 200) return null;
  const [row] = await executor
    .update(oneTimeTokens)
    .set({ usedAt: now() })
    .where(and(usable(purpose, token), boundTo === undefined ? undefined : eq(oneTimeTokens.userId, boundTo)))
    .returning({ userId: oneTimeTokens.userId, email: oneTimeTokens.email });
  return row ?? null;
}
