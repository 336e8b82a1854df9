import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FloorPair } from "./floor-table";
import type { ScenarioStats } from "./stats";

export type BenchReport = {
  startedAt: string;
  database: { educators: number; credentials: number; seededSeconds: number | null };
  load: { connections: number; seconds: number };
  /** `uptime` before and after the run: the machine's load average, for reading the figures. */
  uptime?: { before: string; after: string };
  /** Each scenario on the portal and on its bare twin (floor-app.ts). */
  floor?: FloorPair[];
  scenarios: ScenarioStats[];
  peakServerRssMb: number;
  ratios: Record<string, number>;
};

const ratio = (a?: ScenarioStats, b?: ScenarioStats) => (a && b && b.requestsPerSecond > 0 ? Math.round((a.requestsPerSecond / b.requestsPerSecond) * 1000) / 1000 : NaN);

/** Search throughput against the same search as direct SQL, and against the health route. */
export function ratiosOf(scenarios: ScenarioStats[]): Record<string, number> {
  const find = (name: string) => scenarios.find((scenario) => scenario.name === name);
  return {
    "search common / SQL common": ratio(find("search: common last name"), find("SQL: common last name")),
    "search rare / SQL rare": ratio(find("search: rare last name"), find("SQL: rare last name")),
    "educator page / SQL educator": ratio(find("educator page"), find("SQL: educator page")),
    "search common / health": ratio(find("search: common last name"), find("health")),
    "search rare / health": ratio(find("search: rare last name"), find("health")),
  };
}

/** A Markdown table: the first column left-aligned, the figures right-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...rows.map(line)].join("\n");
}

export function formatTable(report: BenchReport): string {
  const header = ["scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "peak RSS MB"];
  const rows = report.scenarios.map((s) => [
    s.name,
    s.requestsPerSecond.toFixed(1),
    s.p50Ms.toFixed(1),
    s.p95Ms.toFixed(1),
    s.p99Ms.toFixed(1),
    String(s.errors),
    s.peakServerRssMb === undefined ? "" : String(s.peakServerRssMb),
  ]);
  const out = [markdownTable(header, rows)];
  out.push("", `peak server memory: ${report.peakServerRssMb} MB`);
  for (const [name, value] of Object.entries(report.ratios)) out.push(`${name}: ${Number.isNaN(value) ? "n/a" : value.toFixed(3)}`);
  return out.join("\n");
}

export function writeReport(report: BenchReport, folder = path.resolve("bench/results")): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `bench-${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  return file;
}
