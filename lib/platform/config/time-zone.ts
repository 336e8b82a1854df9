/** Kentucky's offices keep Eastern time; AGENCY_TIME_ZONE (an IANA name) lets another state use its own. */
export const defaultAgencyTimeZone = "America/New_York";

/** Zones already checked: agencyTimeZone() asks on every date it formats. */
const checked = new Map<string, boolean>();

export function validTimeZone(timeZone: string): boolean {
  let valid = checked.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    // Bounded: only a handful of names ever reach here (configuration), but never let it grow without end.
    if (checked.size < 100) checked.set(timeZone, valid);
  }
  return valid;
}
