import { defaultAgencyTimeZone, validTimeZone } from "@/lib/platform/config/time-zone";

/**
 * The one place dates become text. Two kinds of value arrive:
 * - calendar days ("2029-06-14": birth, effective and expiration dates), which are the same day
 *   everywhere, so no time zone may shift them;
 * - moments (a Date: when a notification, request or link was made), which are shown as the
 *   agency's offices read them, in AGENCY_TIME_ZONE.
 * Not "server-only": client forms render calendar days with it. In the browser AGENCY_TIME_ZONE is
 * unset and the default zone applies, which only moments would notice, and the browser gets none.
 */
export type DateValue = string | Date | null | undefined;

/** The configured zone (env.ts refuses an invalid one when the server starts), or the default. */
export function agencyTimeZone(): string {
  const configured = typeof process === "undefined" ? undefined : process.env.AGENCY_TIME_ZONE?.trim();
  return configured && validTimeZone(configured) ? configured : defaultAgencyTimeZone;
}

/**
 * Building an Intl.DateTimeFormat costs far more than formatting with one (a page of credentials
 * and notifications built dozens per request), so each combination of options and zone is made once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat("en-US", { ...options, timeZone })));
  return made;
}

function format(value: DateValue, options: Intl.DateTimeFormatOptions): string {
  if (!value) return "";
  if (typeof value === "string") return formatter(options, "UTC").format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
  return formatter(options, agencyTimeZone()).format(value);
}

/** "06/14/2029": how the registration guide and the record write dates. */
export function formatRecordDate(value: DateValue): string {
  return format(value, { month: "2-digit", day: "2-digit", year: "numeric" });
}

/** "June 14, 2029": the public search, certificates and verifications. */
export function formatLongDate(value: DateValue): string {
  return format(value, { month: "long", day: "numeric", year: "numeric" });
}

/** A moment as people at the agency read it: "Nov 29, 2026, 1:04 AM EST". */
export function formatAgencyDateTime(at: Date, timeZone = agencyTimeZone()): string {
  return formatter({ dateStyle: "medium", timeStyle: "short" }, timeZone).format(at) + ` ${zoneName(at, timeZone)}`;
}

/** "December 1, 2026": the agency's calendar day of a moment. */
export function formatAgencyLongDate(at: Date, timeZone = agencyTimeZone()): string {
  return formatter({ dateStyle: "long" }, timeZone).format(at);
}

/** "2:05 PM EST": the time of day of a moment, in agency time. */
export function formatAgencyTime(at: Date, timeZone = agencyTimeZone()): string {
  return formatter({ hour: "numeric", minute: "2-digit", timeZoneName: "short" }, timeZone).format(at);
}

function zoneName(at: Date, timeZone: string): string {
  const part = formatter({ timeZoneName: "short" }, timeZone).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
