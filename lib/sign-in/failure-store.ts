import "server-only";
import { eq, like, sql } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { fingerprint } from "@/lib/platform/security/pii";
import { counterKey } from "@/lib/platform/security/rate-limit";
import { passwordHashes, rateLimitCounters, users } from "@/lib/platform/db/schema";
import type { FailureCount, LockoutPolicy } from "./lockout-policy";

/** Who a username names: a real account, or nobody (whose failures are still counted, AJS-10). */
export type SignInTarget =
  | { kind: "account"; userId: string; sessionVersion: number; email: string; hash: string | null; state: FailureCount; disabled: boolean }
  | { kind: "unknown"; key: string; state: FailureCount };

/**
 * Failures of unknown usernames live in the shared counter table under a hashed key, so a made-up
 * username locks exactly like a real one and the messages give nothing away (RL-1, AJS-10).
 */
function phantomKey(username: string): string {
  return counterKey("sign-in-unknown", username.toLowerCase());
}

// A keyed fingerprint (PII-2, like every rate-limit key), hex, so a key prefix is safe in a LIKE pattern.
const digest = (value: string) => fingerprint("rate-limit", `sign-in-source\u0000${value}`).value.slice(0, 32);

/** The account part of a per-source counter key: the user id, or the unknown username's phantom key. */
export function accountKeyOf(target: SignInTarget): string {
  return target.kind === "account" ? `user:${target.userId}` : target.key;
}

/**
 * Per (account, source) failures (issue 11 item 4): a source is the client's network (an IPv4
 * address, an IPv6 /64) or a known device (known-device.ts). Its count drives the growing lock, so a
 * stranger's failures lock the stranger's source, not the person's. Keyed by hashes only.
 */
const sourcePrefix = (accountKey: string) => `sign-in-source:${digest(accountKey)}:`;
export const sourceKey = (accountKey: string, source: string) => `${sourcePrefix(accountKey)}${digest(source)}`;

async function readCounter(key: string, executor: Executor): Promise<FailureCount> {
  const [counter] = await executor
    .select({ count: rateLimitCounters.count, at: rateLimitCounters.windowStartedAt })
    .from(rateLimitCounters)
    .where(eq(rateLimitCounters.key, key));
  return { failures: counter?.count ?? 0, lastFailedAt: counter?.at ?? null };
}

export function readSourceFailures(accountKey: string, source: string, executor: Executor = db): Promise<FailureCount> {
  return readCounter(sourceKey(accountKey, source), executor);
}

export function recordSourceFailure(accountKey: string, source: string, at: Date, policy: LockoutPolicy, executor: Executor = db): Promise<FailureCount> {
  return countFailure(sourceKey(accountKey, source), at, policy, executor);
}

/**
 * Who `username` names, with the failure count its lockout reads, in one statement for real and
 * unknown usernames alike: the account's row (if any) and the phantom counter of the name (used
 * only when there is no account), so both kinds of name cost the same single round trip (AJS-10).
 */
export async function findSignInTarget(username: string, executor: Executor = db): Promise<SignInTarget> {
  const key = phantomKey(username);
  const [row] = await executor
    .select({
      id: users.id,
      sessionVersion: users.sessionVersion,
      email: users.email,
      failures: users.failedSignInCount,
      lastFailedAt: users.lastFailedSignInAt,
      hash: passwordHashes.hash,
      disabledAt: users.disabledAt,
      phantomFailures: rateLimitCounters.count,
      phantomLastFailedAt: rateLimitCounters.windowStartedAt,
    })
    .from(sql`(select 1) as probe`)
    .leftJoin(users, eq(sql`lower(${users.username})`, username.toLowerCase()))
    .leftJoin(passwordHashes, eq(passwordHashes.userId, users.id))
    .leftJoin(rateLimitCounters, eq(rateLimitCounters.key, key))
    .limit(1);
  if (row?.id) {
    const state = { failures: row.failures!, lastFailedAt: row.lastFailedAt };
    return { kind: "account", userId: row.id, sessionVersion: row.sessionVersion!, email: row.email!, hash: row.hash, state, disabled: row.disabledAt !== null };
  }
  return { kind: "unknown", key, state: { failures: row?.phantomFailures ?? 0, lastFailedAt: row?.phantomLastFailedAt ?? null } };
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
  return countFailure(target.key, at, policy, executor);
}

/** One failure on a counter row, atomically; restarts at one after a quiet decay period (below the hard cap). */
async function countFailure(key: string, at: Date, policy: LockoutPolicy, executor: Executor): Promise<FailureCount> {
  const stale = new Date(at.getTime() - policy.decaySeconds * 1000).toISOString();
  const table = rateLimitCounters;
  const restart = sql`${table.windowStartedAt} < ${stale}::timestamptz and ${table.count} < ${policy.hardCap}`;
  const keepUntil = new Date(at.getTime() + Math.max(policy.decaySeconds, 24 * 60 * 60) * 1000);
  const [row] = await executor
    .insert(table)
    .values({ key, count: 1, windowStartedAt: at, expiresAt: keepUntil })
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

/** The account columns a successful sign-in (or an unlock) resets: the account-wide count and hard-cap lock (RL-1, RL-11). */
export const noFailures = { failedSignInCount: 0, lastFailedSignInAt: null, lockedUntil: null, unlockRequiredAt: null };

export async function clearFailures(userId: string, executor: Executor = db): Promise<void> {
  await executor.update(users).set(noFailures).where(eq(users.id, userId));
}

/** A password reset or an unlock link clears that and every source's lock of the account too. */
export async function clearEveryLock(userId: string, executor: Executor = db): Promise<void> {
  await clearFailures(userId, executor);
  await executor.delete(rateLimitCounters).where(like(rateLimitCounters.key, `${sourcePrefix(`user:${userId}`)}%`));
}
