import { markdownTable } from "./report";
import type { ScenarioStats } from "./stats";

/**
 * One scenario measured on the portal and on its bare twin (never both loaded at once). With several
 * rounds (`--rounds`), `portal` and `bare` are each server's median round by throughput, and
 * `roundRatios` the throughput ratio of each round, in order.
 */
export type FloorPair = { id: string; name: string; portal: ScenarioStats; bare: ScenarioStats; roundRatios?: number[] };

/** Portal over bare: below 1 for throughput and above 1 for p99 is what the portal adds to the floor. */
export type FloorRatios = { requestsPerSecond: number; p99: number };

const ratio = (portal: number, bare: number) => (Number.isFinite(portal) && Number.isFinite(bare) && bare > 0 ? Math.round((portal / bare) * 100) / 100 : NaN);

export function floorRatios(pair: FloorPair): FloorRatios {
  return { requestsPerSecond: ratio(pair.portal.requestsPerSecond, pair.bare.requestsPerSecond), p99: ratio(pair.portal.p99Ms, pair.bare.p99Ms) };
}

/** One round: the portal's timed load, then the bare twin's. */
export type FloorRound = { portal: ScenarioStats; bare: ScenarioStats };

/**
 * The round with the median throughput (the lower middle one of an even count), with the errors of
 * every round: an error in any round must show, not only in the one picked.
 */
function medianByThroughput(runs: ScenarioStats[]): ScenarioStats {
  const median = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor((runs.length - 1) / 2)]!;
  return { ...median, errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}

/**
 * Rounds that alternate portal and bare, folded into one pair: a single run's ratio swings by about
 * ±0.1 with what else the machine was doing in those seconds; each server's median round does not.
 */
export function pairOfRounds(id: string, name: string, rounds: FloorRound[]): FloorPair {
  if (rounds.length === 0) throw new Error(`no rounds measured for ${name}`);
  const pair: FloorPair = { id, name, portal: medianByThroughput(rounds.map((round) => round.portal)), bare: medianByThroughput(rounds.map((round) => round.bare)) };
  return rounds.length > 1 ? { ...pair, roundRatios: rounds.map((round) => ratio(round.portal.requestsPerSecond, round.bare.requestsPerSecond)) } : pair;
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
  const withRounds = pairs.some((pair) => (pair.roundRatios?.length ?? 0) > 1);
  if (withRounds) header.push("ratio req/s per round");
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
      ...(withRounds ? [(pair.roundRatios ?? []).map((value) => figure(value, 2)).join(", ")] : []),
    ];
  });
  return markdownTable(header, rows);
}
