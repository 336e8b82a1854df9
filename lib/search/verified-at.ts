import "server-only";
import { now } from "@/lib/platform/clock";
import { agencyTimeZone, formatAgencyLongDate, formatAgencyTime } from "@/lib/platform/dates";

/**
 * The agency's own clock for "Verified against the agency's records on DATE at TIME". Kentucky's
 * offices keep Eastern time; AGENCY_TIME_ZONE (an IANA name) lets another state use its own.
 */
export function verifiedAt(at: Date = now(), timeZone = agencyTimeZone()) {
  const date = formatAgencyLongDate(at, timeZone);
  return { date, time: formatAgencyTime(at, timeZone), iso: at.toISOString() };
}
