import "server-only";
import { ruleFor } from "@/lib/platform/security/rate-limit";

/**
 * The per-account lockout (RL-1, RL-11), the same for real accounts and unknown usernames (AJS-10):
 * - the first `free` consecutive failures cost nothing but the generic message;
 * - then each failure locks the username for a growing time: `firstLockSeconds`, doubling, at most
 *   `maxLockSeconds`, so a guesser gets a handful of tries an hour while the person waits minutes;
 * - after `hardCap` consecutive failures (NIST: at most 100) only an emailed unlock link or a password
 *   reset opens the account again;
 * - a quiet day forgets the count (`decaySeconds`), so old typos do not add up.
 * Operators tune it with RATE_LIMIT_SIGN_IN_LOCKOUT=<free>/<first lock seconds> and
 * RATE_LIMIT_SIGN_IN_HARD_CAP=<failures>/<decay seconds>.
 */
export type LockoutPolicy = { free: number; firstLockSeconds: number; maxLockSeconds: number; hardCap: number; decaySeconds: number };

export function lockoutPolicy(): LockoutPolicy {
  const lockout = ruleFor("sign-in-lockout", { max: 5, windowSeconds: 60 });
  const cap = ruleFor("sign-in-hard-cap", { max: 100, windowSeconds: 24 * 60 * 60 });
  return { free: lockout.max, firstLockSeconds: lockout.windowSeconds, maxLockSeconds: 60 * 60, hardCap: cap.max, decaySeconds: cap.windowSeconds };
}

export type FailureCount = { failures: number; lastFailedAt: Date | null };

export type LockStatus = { kind: "open" } | { kind: "locked"; until: Date } | { kind: "unlock-required" };

/** How long the username is locked after `failures` consecutive failures (0: not locked). */
export function lockSecondsAfter(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.free) return 0;
  const doublings = Math.min(failures - policy.free, 30);
  return Math.min(policy.firstLockSeconds * 2 ** doublings, policy.maxLockSeconds);
}

/** The count in force at `at`: forgotten after a quiet `decaySeconds`, except past the hard cap. */
export function effectiveFailures(state: FailureCount, at: Date, policy: LockoutPolicy): number {
  if (!state.lastFailedAt || state.failures >= policy.hardCap) return state.failures;
  const quietSeconds = (at.getTime() - state.lastFailedAt.getTime()) / 1000;
  return quietSeconds > policy.decaySeconds ? 0 : state.failures;
}

export function lockStateAt(state: FailureCount, at: Date, policy: LockoutPolicy): LockStatus {
  const failures = effectiveFailures(state, at, policy);
  if (failures >= policy.hardCap) return { kind: "unlock-required" };
  const seconds = lockSecondsAfter(failures, policy);
  if (seconds === 0 || !state.lastFailedAt) return { kind: "open" };
  const until = new Date(state.lastFailedAt.getTime() + seconds * 1000);
  return until > at ? { kind: "locked", until } : { kind: "open" };
}
