import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { rateLimitCounters } from "@/lib/platform/db/schema";
import { log } from "@/lib/platform/observability/log";
import { fingerprint } from "./pii";

/** A limiter's default budget: at most `max` hits per fixed window of `windowSeconds`. */
export type RateLimitRule = { max: number; windowSeconds: number };

export type RateLimitOutcome = {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  limit: number;
  /** When the current window ends (and a refused caller may try again). */
  resetsAt: Date;
  retryAfterSeconds: number;
};

/**
 * The rule in force for a limiter: the code's default unless RATE_LIMIT_<NAME>=max/seconds overrides
 * it (limiter "sign-in-ip" is RATE_LIMIT_SIGN_IN_IP), so operators can tune without a release.
 */
export function ruleFor(name: string, fallback: RateLimitRule): RateLimitRule {
  return getConfig().rateLimitOverrides[name] ?? fallback;
}

/**
 * Counter rows are keyed by a keyed fingerprint (HMAC-SHA256 under the PII fingerprint key, PII-2)
 * of limiter name and subject, so the table never holds the usernames, email addresses or IP
 * addresses being limited, and, unlike a plain SHA-256, a copy of the table cannot be checked
 * against a list of guessed usernames or addresses without the key. Only the current key is used: a
 * key rotation starts every window afresh, which costs at most one window of each budget.
 */
export function counterKey(name: string, subject: string): string {
  return `${name}:${fingerprint("rate-limit", `${name}\u0000${subject}`).value.slice(0, 43)}`;
}

/**
 * Counts one hit against `name` for `subject` (an IP, a username fingerprint, a record id...) and
 * says whether it is within the budget. One atomic upsert, so every instance shares the count
 * (DESIGN: scale-out). A refused hit is logged as `rate-limit.triggered` with the limiter's name only
 * (RL-12). Pass the transaction as `executor` to count inside it, or let it commit on its own.
 */
export async function hitRateLimit(name: string, subject: string, fallback: RateLimitRule, executor: Executor = db): Promise<RateLimitOutcome> {
  const rule = ruleFor(name, fallback);
  const at = now();
  const windowEnd = new Date(at.getTime() + rule.windowSeconds * 1000);
  const table = rateLimitCounters;
  const expired = sql`${table.expiresAt} <= ${at.toISOString()}::timestamptz`;
  const [row] = await executor
    .insert(table)
    .values({ key: counterKey(name, subject), count: 1, windowStartedAt: at, expiresAt: windowEnd })
    .onConflictDoUpdate({
      target: table.key,
      set: {
        count: sql`case when ${expired} then 1 else ${table.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${at.toISOString()}::timestamptz else ${table.windowStartedAt} end`,
        expiresAt: sql`case when ${expired} then ${windowEnd.toISOString()}::timestamptz else ${table.expiresAt} end`,
      },
    })
    .returning({ count: table.count, expiresAt: table.expiresAt });
  const outcome = {
    allowed: row!.count <= rule.max,
    count: row!.count,
    limit: rule.max,
    resetsAt: row!.expiresAt,
    retryAfterSeconds: Math.max(1, Math.ceil((row!.expiresAt.getTime() - at.getTime()) / 1000)),
  };
  if (!outcome.allowed) log.warn("rate-limit.triggered", { limiter: name });
  return outcome;
}

/** Reads a limiter's count without counting a hit (for example: "locked until" messages). */
export async function peekRateLimit(name: string, subject: string, executor: Executor = db): Promise<{ count: number; resetsAt?: Date }> {
  const [row] = await executor
    .select({ count: rateLimitCounters.count, expiresAt: rateLimitCounters.expiresAt })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.key, counterKey(name, subject)), sql`${rateLimitCounters.expiresAt} > ${now().toISOString()}::timestamptz`));
  return row ? { count: row.count, resetsAt: row.expiresAt } : { count: 0 };
}

/**
 * Gives back one hit counted by `hitRateLimit` (never below zero) once the outcome shows it should not
 * have cost budget, e.g. a search that found its record. Counting first and refunding after is what
 * keeps parallel requests from all passing a check made before any of them was counted (REG-4).
 */
export async function refundRateLimit(name: string, subject: string, executor: Executor = db): Promise<void> {
  await executor
    .update(rateLimitCounters)
    .set({ count: sql`greatest(${rateLimitCounters.count} - 1, 0)` })
    .where(eq(rateLimitCounters.key, counterKey(name, subject)));
}

/** Forgets a subject's count (RL-1: a successful sign-in resets the failure counter). */
export async function resetRateLimit(name: string, subject: string, executor: Executor = db): Promise<void> {
  await executor.delete(rateLimitCounters).where(eq(rateLimitCounters.key, counterKey(name, subject)));
}

/** Deletes finished windows; the deliverer loop's scheduled work calls it. */
export async function purgeExpiredRateLimits(executor: Executor = db): Promise<void> {
  await executor.delete(rateLimitCounters).where(lt(rateLimitCounters.expiresAt, now()));
}
