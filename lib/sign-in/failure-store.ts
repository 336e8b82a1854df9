import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { counterKey } from "@/lib/platform/security/rate-limit";
import { passwordHashes, rateLimitCounters, users } from "@/lib/platform/db/schema";
import type { FailureCount, LockoutPolicy } from "./lockout-policy";

/** Who a username names: a real account, or nobody (whose failures are still counted, AJS-10). */
export type SignInTarget =
  | { kind: "account"; userId: string; sessionVersion: number; email: string; hash: string | null; state: FailureCount }
  | { kind: "unknown"; key: string; state: FailureCount };

/**
 * Failures of unknown usernames live in the shared counter table under a hashed key, so a made-up
 * username locks exactly like a real one and the messages give nothing away (RL-1, AJS-10).
 */
function phantomKey(username: string): string {
  return counterKey("sign-in-unknown", username.toLowerCase());
}

export async function findSignInTarget(username: string, executor: Executor = db): Promise<SignInTarget> {
  const [row] = await executor
    .select({
      id: users.id,
      sessionVersion: users.sessionVersion,
      email: users.email,
      failures: users.failedSignInCount,
      lastFailedAt: users.lastFailedSignInAt,
      hash: passwordHashes.hash,
    })
    .from(users)
    .leftJoin(passwordHashes, eq(passwordHashes.userId, users.id))
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
    .limit(1);
  if (row) {
    const state = { failures: row.failures, lastFailedAt: row.lastFailedAt };
    return { kind: "account", userId: row.id, sessionVersion: row.sessionVersion, email: row.email, hash: row.hash, state };
  }
  const key = phantomKey(username);
  const [counter] = await executor
    .select({ count: rateLimitCounters.count, at: rateLimitCounters.windowStartedAt })
    .from(rateLimitCounters)
    .where(eq(rateLimitCounters.key, key));
  return { kind: "unknown", key, state: { failures: counter?.count ?? 0, lastFailedAt: counter?.at ?? null } };
}

/**
 * Counts one failure atomically (concurrent guesses are all counted) and returns the new state. A
 * count older than the decay period restarts at one, unless it already passed the hard cap.
 */
export async function recordFailure(target: SignInTarget, at: Date, policy: LockoutPolicy, executor: Executor = db): Promise<FailureCount> {
  const stale = new Date(at.getTime() - policy.decaySeconds * 1000).toISOString();
  if (target.kind === "account") {
    const restart = sql`${users.lastFailedSignInAt} is null or (${users.lastFailedSignInAt} < ${stale}::timestamptz and ${users.failedSignInCount} < ${policy.hardCap})`;
    const [row] = await executor
      .update(users)
      .set({ failedSignInCount: sql`case when ${restart} then 1 else ${users.failedSignInCount} + 1 end`, lastFailedSignInAt: at })
      .where(eq(users.id, target.userId))
      .returning({ failures: users.failedSignInCount });
    return { failures: row?.failures ?? 1, lastFailedAt: at };
  }
  const table = rateLimitCounters;
  const restart = sql`${table.windowStartedAt} < ${stale}::timestamptz and ${table.count} < ${policy.hardCap}`;
  const keepUntil = new Date(at.getTime() + Math.max(policy.decaySeconds, 24 * 60 * 60) * 1000);
  const [row] = await executor
    .insert(table)
    .values({ key: target.key, count: 1, windowStartedAt: at, expiresAt: keepUntil })
    .onConflictDoUpdate({
      target: table.key,
      set: { count: sql`case when ${restart} then 1 else ${table.count} + 1 end`, windowStartedAt: at, expiresAt: keepUntil },
    })
    .returning({ failures: table.count });
  return { failures: row?.failures ?? 1, lastFailedAt: at };
}

/** Writes the lock the policy derived, so staff and the unlock path can read it from the row. */
export async function markLocked(userId: string, lockedUntil: Date | null, unlockRequired: boolean, at: Date, executor: Executor = db) {
  await executor
    .update(users)
    .set({ lockedUntil, ...(unlockRequired ? { unlockRequiredAt: sql`coalesce(${users.unlockRequiredAt}, ${at.toISOString()}::timestamptz)` } : {}) })
    .where(eq(users.id, userId));
}

/** A successful sign-in, a password reset or an unlock link clears every failure and lock (RL-1). */
export async function clearFailures(userId: string, executor: Executor = db): Promise<void> {
  await executor
    .update(users)
    .set({ failedSignInCount: 0, lastFailedSignInAt: null, lockedUntil: null, unlockRequiredAt: null })
    .where(eq(users.id, userId));
}
