import { describe, expect, it } from "vitest";
import { floorRatios, formatFloorTable, pairOfRounds, type FloorPair } from "./floor-table";
import { summarise } from "./stats";

const stats = (name: string, latencies: number[], errors: number, seconds: number) => summarise({ name, kind: "http", target: "/" }, latencies, errors, seconds);

// Portal: 100 answers in 10 s (10/s), p99 40 ms; bare: 400 answers in 10 s (40/s), p99 10 ms.
const pair: FloorPair = {
  id: "search-rare",
  name: "search: rare last name",
  portal: stats("search: rare last name", Array.from({ length: 100 }, (_, i) => (i < 98 ? 20 : 40)), 3, 10),
  bare: stats("bare: search: rare last name", Array.from({ length: 400 }, (_, i) => (i < 395 ? 5 : 10)), 0, 10),
};

describe("the floor table", () => {
  it("divides the portal's throughput and p99 by the bare twin's", () => {
    expect(floorRatios(pair)).toEqual({ requestsPerSecond: 0.25, p99: 4 });
  });

  it("has no ratio when the bare twin answered nothing, rather than a division by zero", () => {
    const ratios = floorRatios({ ...pair, bare: stats("bare", [], 5, 10) });
    expect(ratios.requestsPerSecond).toBeNaN();
    expect(ratios.p99).toBeNaN();
  });

  it("prints one row per scenario, side by side, with the errors of both", () => {
    const [header, rule, row] = formatFloorTable([pair]).split("\n");
    expect(header!.split("|").map((cell) => cell.trim()).filter(Boolean)).toEqual([
      "scenario",
      "portal req/s",
      "portal p50 ms",
      "portal p99 ms",
      "bare req/s",
      "bare p50 ms",
      "bare p99 ms",
      "ratio req/s (portal/bare)",
      "p99 ratio (portal/bare)",
      "errors (portal/bare)",
    ]);
    expect(rule).toMatch(/^\|-+\|-+:\|/);
    expect(row!.split("|").map((cell) => cell.trim()).filter(Boolean)).toEqual(["search: rare last name", "10.0", "20.0", "40.0", "40.0", "5.0", "10.0", "0.25", "4.00", "3/0"]);
  });

  it("says n/a for a figure it does not have", () => {
    const row = formatFloorTable([{ ...pair, bare: stats("bare", [], 5, 10) }]).split("\n")[2]!;
    expect(row).toContain("n/a");
    expect(row).toContain("3/5");
  });
});

describe("several rounds", () => {
  const run = (name: string, perSecond: number, p99: number, errors = 0) =>
    stats(name, Array.from({ length: perSecond * 10 }, (_, i) => (i < perSecond * 10 * 0.98 ? 5 : p99)), errors, 10);

  it("takes each server's median round by throughput, keeps every round's ratio and counts every round's errors", () => {
    const pair = pairOfRounds("home", "home page", [
      { portal: run("home", 30, 90), bare: run("bare", 50, 30) },
      { portal: run("home", 10, 300, 2), bare: run("bare", 40, 20) },
      { portal: run("home", 20, 60), bare: run("bare", 45, 25, 1) },
    ]);
    expect(pair.portal.requestsPerSecond).toBe(20);
    expect(pair.bare.requestsPerSecond).toBe(45);
    expect(floorRatios(pair)).toEqual({ requestsPerSecond: 0.44, p99: 2.4 });
    expect(pair.roundRatios).toEqual([0.6, 0.25, 0.44]);
    expect([pair.portal.errors, pair.bare.errors]).toEqual([2, 1]);
  });

  it("prints the ratio of each round in its own column only when there were several", () => {
    const three = pairOfRounds("home", "home page", [1, 2, 3].map(() => ({ portal: run("home", 20, 60), bare: run("bare", 40, 30) })));
    expect(formatFloorTable([three]).split("\n")[0]).toContain("ratio req/s per round");
    expect(formatFloorTable([three]).split("\n")[2]).toContain("0.50, 0.50, 0.50");
    const one = pairOfRounds("home", "home page", [{ portal: run("home", 20, 60), bare: run("bare", 40, 30) }]);
    expect(one.roundRatios).toBeUndefined();
    expect(formatFloorTable([one]).split("\n")[0]).not.toContain("per round");
  });

  it("refuses to make a pair of no rounds", () => {
    expect(() => pairOfRounds("home", "home page", [])).toThrow(/no rounds/);
  });
});
