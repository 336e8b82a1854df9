import { markdownTable } from "./report";
import type { ScenarioStats } from "./stats";

/** One scenario measured on the portal and on its bare twin (never both loaded at once). */
export type FloorPair = { id: string; name: string; portal: ScenarioStats; bare: ScenarioStats };

/** Portal over bare: below 1 for throughput and above 1 for p99 is what the portal adds to the floor. */
export type FloorRatios = { requestsPerSecond: number; p99: number };

const ratio = (portal: number, bare: number) => (Number.isFinite(portal) && Number.isFinite(bare) && bare > 0 ? Math.round((portal / bare) * 100) / 100 : NaN);

export function floorRatios(pair: FloorPair): FloorRatios {
  return { requestsPerSecond: ratio(pair.portal.requestsPerSecond, pair.bare.requestsPerSecond), p99: ratio(pair.portal.p99Ms, pair.bare.p99Ms) };
}

const figure = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

/** The side-by-side table; errors are every non-2xx (and 2xx without the expected answer), portal/bare. */
export function formatFloorTable(pairs: FloorPair[]): string {
  const header = [
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
  ];
  const rows = pairs.map((pair) => {
    const ratios = floorRatios(pair);
    return [
      pair.name,
      figure(pair.portal.requestsPerSecond),
      figure(pair.portal.p50Ms),
      figure(pair.portal.p99Ms),
      figure(pair.bare.requestsPerSecond),
      figure(pair.bare.p50Ms),
      figure(pair.bare.p99Ms),
      figure(ratios.requestsPerSecond, 2),
      figure(ratios.p99, 2),
      `${pair.portal.errors}/${pair.bare.errors}`,
    ];
  });
  return markdownTable(header, rows);
}
