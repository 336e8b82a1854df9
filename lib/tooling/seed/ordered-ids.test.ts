import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OrderedIds } from "./ordered-ids";

describe("OrderedIds", () => {
  it("makes valid, distinct version-7 UUIDs, each larger than the one before", () => {
    const ids = new OrderedIds();
    const made = Array.from({ length: 20_000 }, () => ids.next());
    expect(new Set(made).size).toBe(made.length);
    for (let i = 1; i < made.length; i += 1) expect(made[i]! > made[i - 1]!, `${made[i - 1]} < ${made[i]}`).toBe(true);
    for (const id of made.slice(0, 100)) {
      expect(z.uuid().safeParse(id).success, id).toBe(true);
      expect(id[14]).toBe("7");
      expect("89ab").toContain(id[19]);
    }
    const first = made[0]!.replace(/-/g, "");
    expect(Math.abs(parseInt(first.slice(0, 12), 16) - Date.now())).toBeLessThan(60_000);
  });
});
