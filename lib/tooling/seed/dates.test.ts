import { afterEach, describe, expect, it } from "vitest";
import * as clock from "@/lib/platform/clock";
import { restoreTestEnv, setClock } from "@/lib/tooling/testing/test-env";
import { addDays, addYears, dayBetween, daysBetween, onDay } from "./dates";
import { SeedRandom } from "./prng";

afterEach(restoreTestEnv);

// The seed's own date arithmetic must give exactly what the platform clock (and the Date-based
// helpers it replaced) give, or a re-run would build other people than the first run did.
const random = SeedRandom.for("dates-test", 1);
const dates = [
  "2024-02-29", "2023-02-28", "2000-02-29", "1900-03-01", "1999-12-31", "2026-01-01", "0050-06-15", "9998-12-31",
  ...Array.from({ length: 400 }, () => new Date(Date.UTC(1900, 0, 1) + random.int(200 * 365) * 86_400_000).toISOString().slice(0, 10)),
];

describe("seed dates", () => {
  it("add days and years as the platform clock does, leap days and year ends included", () => {
    // Within years 0000-9999, where the clock's ISO strings are dates at all.
    const inRange = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);
    let compared = 0;
    for (const date of dates) {
      for (const days of [-40_000, -366, -1, 0, 1, 31, 365, 40_000]) {
        if (!inRange(clock.addDays(date, days))) continue;
        expect(addDays(date, days), `${date} + ${days} d`).toBe(clock.addDays(date, days));
        compared += 1;
      }
      for (const years of [-72, -30, -1, 0, 1, 4, 21]) {
        if (!inRange(clock.addYears(date, years))) continue;
        expect(addYears(date, years), `${date} + ${years} y`).toBe(clock.addYears(date, years));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(dates.length * 14);
  });

  it("count, pick and stamp days as the Date-based helpers did", () => {
    for (const [from, to] of dates.slice(0, -1).map((date, i) => [date, dates[i + 1]!] as const)) {
      expect(daysBetween(from, to)).toBe(Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
      const [a, b] = [SeedRandom.for("pick", from.length + to.charCodeAt(9)), SeedRandom.for("pick", from.length + to.charCodeAt(9))];
      const span = daysBetween(from, to);
      const expected = span <= 0 ? from : clock.addDays(from, b.int(span + 1));
      expect(dayBetween(a, from, to)).toBe(expected);
    }
    setClock(new Date("2026-03-10T12:00:00Z"));
    expect(onDay("2026-03-09", 17)).toEqual(new Date("2026-03-09T17:00:00Z"));
    expect(onDay("2026-03-10", 17)).toEqual(new Date("2026-03-10T12:00:00Z"));
    expect(onDay("0050-06-15")).toEqual(new Date("0050-06-15T15:00:00Z"));
  });

  it("refuses what is not a YYYY-MM-DD date", () => {
    expect(() => addDays("2024-2-29", 1)).toThrow(RangeError);
    expect(() => addYears("20240229", 1)).toThrow(RangeError);
  });
});
