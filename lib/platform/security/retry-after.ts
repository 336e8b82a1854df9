import { now } from "@/lib/platform/clock";

/**
 * How long a refused caller waits, for every limiter: in seconds (HTTP Retry-After) and in words for
 * the forms. No "server-only": client forms import messages built from it.
 */

/** Whole seconds from `at` until a window ends, never below 1 (a Retry-After of 0 invites an instant retry). */
export function secondsUntil(until: Date | undefined, at: Date = now()): number {
  return Math.max(1, Math.ceil(((until?.getTime() ?? 0) - at.getTime()) / 1000));
}

/** Whole minutes to wait, never below 1. */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** "1 minute", "5 minutes". */
export function minutesText(retryAfterSeconds: number): string {
  const minutes = minutesToWait(retryAfterSeconds);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** "45 seconds" under a minute, otherwise minutesText (the sign-in box's finer wording). */
export function secondsOrMinutesText(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) return `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
  return minutesText(retryAfterSeconds);
}
