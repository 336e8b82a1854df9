import { agencyTimeZone } from "@/lib/platform/dates";

/**
 * Announcements are scheduled by calendar day as the agency's offices read it: "from 12/01/2026"
 * starts at midnight in AGENCY_TIME_ZONE, "until 12/31/2026" ends at the following midnight. These
 * turn such a day into the moment stored in starts_at / ends_at.
 */
function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight at the start of `isoDate` (YYYY-MM-DD) in the agency's time zone. */
export function startOfAgencyDay(isoDate: string, timeZone = agencyTimeZone()): Date {
  const utcMidnight = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  // Two passes: the offset at a guess, then at the corrected moment (they differ only across a DST change).
  const first = utcMidnight - offsetMs(new Date(utcMidnight), timeZone);
  return new Date(utcMidnight - offsetMs(new Date(first), timeZone));
}

/** The midnight that ends `isoDate` (the start of the next day) in the agency's time zone. */
export function endOfAgencyDay(isoDate: string, timeZone = agencyTimeZone()): Date {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfAgencyDay(next.toISOString().slice(0, 10), timeZone);
}
