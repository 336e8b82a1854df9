import "server-only";
import { now } from "@/lib/platform/clock";
import { defaultAgencyTimeZone, validTimeZone } from "@/lib/platform/config/time-zone";

/**
 * The agency's own clock for "Verified against the agency's records on DATE at TIME". Kentucky's
 * offices keep Eastern time; AGENCY_TIME_ZONE (an IANA name) lets another state use its own.
 */
export function verifiedAt(at: Date = now(), timeZone = process.env.AGENCY_TIME_ZONE?.trim() || defaultAgencyTimeZone) {
  const zone = validTimeZone(timeZone) ? timeZone : defaultAgencyTimeZone;
  const date = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: zone }).format(at);
  const time = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: zone }).format(at);
  return { date, time, iso: at.toISOString() };
}
