/**
 * The one clock. Token lifetimes, lockouts, rate-limit windows, "expiring soon" and demo dates all
 * read `now()`, so a test can set the time instead of waiting for it.
 */
let fixed: Date | undefined;

export function now(): Date {
  return fixed ? new Date(fixed.getTime()) : new Date();
}

/** Tests only: pin the clock (pass undefined to let it run again). */
export function setClock(at: Date | undefined): void {
  fixed = at ? new Date(at.getTime()) : undefined;
}

/** Moves a pinned clock forward (or starts pinning from the real time). */
export function advanceClock(milliseconds: number): void {
  fixed = new Date(now().getTime() + milliseconds);
}

/** Today's date as YYYY-MM-DD in UTC. */
export function today(at: Date = now()): string {
  return at.toISOString().slice(0, 10);
}

/** An ISO date shifted by whole days (negative for the past). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}
