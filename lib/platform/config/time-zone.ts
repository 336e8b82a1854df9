/** Kentucky's offices keep Eastern time; AGENCY_TIME_ZONE (an IANA name) lets another state use its own. */
export const defaultAgencyTimeZone = "America/New_York";

export function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
