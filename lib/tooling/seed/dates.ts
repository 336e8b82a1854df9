import { now } from "@/lib/platform/clock";
import type { SeedRandom } from "./prng";

/**
 * Date arithmetic for the seed's hot loop, on YYYY-MM-DD strings as the platform clock's addDays and
 * addYears do it (same results, dates.test.ts checks), but with integer day numbers instead of a Date
 * parsed from text at every step: those two were a fifth of the build time at a million educators.
 */
const msPerDay = 86_400_000;

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

function parts(isoDate: string): [number, number, number] {
  if (isoDate.length !== 10 || isoDate[4] !== "-" || isoDate[7] !== "-") throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return [digits(isoDate, 0, 4), digits(isoDate, 5, 7), digits(isoDate, 8, 10)];
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** Days since 1970-01-01 of a calendar day; month and day may overflow, as with Date.UTC. */
function daysSinceEpoch(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day) / msPerDay;
  const date = new Date(0); // Date.UTC reads years 0-99 as 1900-1999
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / msPerDay;
}

export function dayNumber(isoDate: string): number {
  const [year, month, day] = parts(isoDate);
  return daysSinceEpoch(year, month - 1, day);
}

export function isoDay(dayNumberValue: number): string {
  const date = new Date(dayNumberValue * msPerDay);
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  return isoDay(dayNumber(isoDate) + days);
}

/** Like Date#setUTCFullYear: 29 February plus a year is 1 March. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = parts(isoDate);
  return isoDay(daysSinceEpoch(year + years, month - 1, day));
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A uniformly chosen ISO date in [from, to]; `from` when the window is empty. */
export function dayBetween(random: SeedRandom, from: string, to: string): string {
  const start = dayNumber(from);
  const span = dayNumber(to) - start;
  if (span <= 0) return from;
  return isoDay(start + random.int(span + 1));
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
  const at = new Date(dayNumber(isoDate) * msPerDay + hourUtc * 3_600_000);
  const current = now();
  return at > current ? current : at;
}
