import { describe, expect, it } from "vitest";
import { minutesText, minutesToWait, secondsOrMinutesText, secondsUntil } from "./retry-after";

describe("the one retry-after answer (RL-12)", () => {
  it("counts whole seconds to the end of a window, never below one", () => {
    const at = new Date("2026-05-01T10:00:00Z");
    expect(secondsUntil(new Date("2026-05-01T10:00:01.200Z"), at)).toBe(2);
    expect(secondsUntil(new Date("2026-05-01T09:59:00Z"), at)).toBe(1);
    expect(secondsUntil(undefined, at)).toBe(1);
  });

  it("words the wait in whole minutes, or seconds under a minute where the sign-in box wants them", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesText(60)).toBe("1 minute");
    expect(minutesText(900)).toBe("15 minutes");
    expect(secondsOrMinutesText(1)).toBe("1 second");
    expect(secondsOrMinutesText(45)).toBe("45 seconds");
    expect(secondsOrMinutesText(120)).toBe("2 minutes");
  });
});
