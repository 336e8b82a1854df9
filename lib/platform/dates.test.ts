import { afterEach, describe, expect, it } from "vitest";
import { formatAgencyDateTime, formatLongDate, formatRecordDate } from "./dates";

const zone = process.env.AGENCY_TIME_ZONE;
afterEach(() => {
  if (zone === undefined) delete process.env.AGENCY_TIME_ZONE;
  else process.env.AGENCY_TIME_ZONE = zone;
});

describe("the one date formatting module", () => {
  it("writes calendar days as they are, in both forms, whatever the zone", () => {
    process.env.AGENCY_TIME_ZONE = "Pacific/Honolulu";
    expect(formatRecordDate("1947-03-01")).toBe("03/01/1947");
    expect(formatLongDate("2029-06-14")).toBe("June 14, 2029");
    expect(formatLongDate(null)).toBe("");
    expect(formatRecordDate(undefined)).toBe("");
  });

  it("shows moments as the agency's offices read them (Eastern by default), not in UTC", () => {
    delete process.env.AGENCY_TIME_ZONE;
    const lateEvening = new Date("2026-11-30T03:30:00Z"); // 10:30 PM on Nov 29 in Kentucky
    expect(formatRecordDate(lateEvening)).toBe("11/29/2026");
    expect(formatLongDate(lateEvening)).toBe("November 29, 2026");
    expect(formatAgencyDateTime(lateEvening)).toBe("Nov 29, 2026, 10:30 PM EST");
    process.env.AGENCY_TIME_ZONE = "America/Chicago";
    expect(formatRecordDate(new Date("2026-11-30T05:30:00Z"))).toBe("11/29/2026");
  });
});
