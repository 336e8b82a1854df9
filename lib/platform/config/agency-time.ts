import "server-only";
import { getConfig } from "./env";

export function agencyTimeZone(): string {
  return getConfig().AGENCY_TIME_ZONE;
}

/** A moment as people at the agency read it: "Nov 29, 2026, 1:04 AM EST". */
export function formatAgencyDateTime(at: Date, timeZone = agencyTimeZone()): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at) + ` ${zoneName(at, timeZone)}`;
}

function zoneName(at: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
