import { now } from "@/lib/platform/clock";
import type { SeedRandom } from "./prng";

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A uniformly chosen ISO date in [from, to]; `from` when the window is empty. */
export function dayBetween(random: SeedRandom, from: string, to: string): string {
  const span = daysBetween(from, to);
  if (span <= 0) return from;
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + random.int(span + 1));
  return date.toISOString().slice(0, 10);
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * A timestamp during office hours (Eastern) on an ISO date, for status changes and feed items; never
 * later than now, so nothing seeded "today" before office hours lies in the future.
 */
export function onDay(isoDate: string, hourUtc = 15): Date {
  const at = new Date(`${isoDate}T${String(hourUtc).padStart(2, "0")}:00:00Z`);
  const current = now();
  return at > current ? current : at;
}
