// `npm run bench:dashboard [-- --sizes 2000,1000000 --users 300]`: the dashboard's server time on a
// 2,000- and a 1,000,000-educator PostgreSQL database, per panel (the data functions the page calls,
// at their *For(userId) level) for random accounts: median and p95, SQL statements per panel, and
// EXPLAIN ANALYZE of each panel's statement. Exits non-zero when a panel needs more than one
// statement or scans a person-sized table sequentially. The databases (portal_bench_dashboard_2k,
// portal_bench_dashboard_1m) are filled once and kept; later runs reuse them. Never part of CI.
import "./load-env";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createDatabaseIfMissing } from "@/lib/tooling/bench/bench-database";
import { dashboardDataCounts, fillDashboardDatabase } from "@/lib/tooling/bench/dashboard-data";
import { percentile } from "@/lib/tooling/bench/stats";
import { installDatabase, openDatabase, queryRows } from "@/lib/platform/db/client";
import { dashboardPageQueries } from "@/lib/tooling/bench/dashboard-page-queries";
import { withDatabaseName } from "@/lib/tooling/testing/postgres-admin";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : String(process.argv[index + 1]);
}

const sizes = option("sizes", "2000,1000000").split(",").map((value) => Number(value.replace(/_/g, "")));
const users = Number(option("users", "300"));
const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}m` : `${size / 1_000}k`);

/** Each query as the dashboard page reaches it (the list mirrors the page; see its file). */
const panels: [string, (userId: string) => Promise<unknown>][] = dashboardPageQueries.map((query) => [query.name, query.run]);
/** Tables that grow with the number of people: a sequential scan of one would not stay flat. */
const personSized = /Seq Scan on (users|educators|credentials|notifications|educator_names)\b/;

type Statement = { query: string; params: unknown[] };

async function benchSize(serverUrl: string, size: number): Promise<{ medians: Record<string, number>; failures: string[] }> {
  const url = withDatabaseName(serverUrl, `portal_bench_dashboard_${label(size)}`);
  if (await createDatabaseIfMissing(url)) console.log(`Created ${new URL(url).pathname.slice(1)}.`);
  let captured: Statement[] | null = null;
  const handle = openDatabase({ url, poolSize: 4, onQuery: (query, params) => captured?.push({ query, params }) });
  installDatabase(handle);
  const started = performance.now();
  await fillDashboardDatabase(handle, size, (line) => console.log(line));
  const counts = await dashboardDataCounts(handle);
  console.log(`\n${Object.entries(counts).map(([key, value]) => `${value.toLocaleString("en-US")} ${key}`).join(", ")} (ready in ${((performance.now() - started) / 1000).toFixed(0)} s)`);

  const ids = (await queryRows<{ id: string }>(handle.db, sql`select id from users order by random() limit ${users}`)).map((row) => row.id);
  const samples = new Map<string, number[]>(panels.map(([name]) => [name, []]));
  const statements = new Map<string, Statement[]>();
  const totals: number[] = [];
  for (const [round, userId] of [...ids.slice(0, 20), ...ids].entries()) {
    const warmUp = round < 20;
    let total = 0;
    for (const [name, run] of panels) {
      captured = [];
      const begin = performance.now();
      await run(userId);
      const ms = performance.now() - begin;
      total += ms;
      if (!warmUp) samples.get(name)!.push(ms);
      statements.set(name, captured);
      captured = null;
    }
    if (!warmUp) totals.push(total);
  }

  const failures: string[] = [];
  const medians: Record<string, number> = {};
  console.log(`\nDashboard server time, ${size.toLocaleString("en-US")} educators, ${ids.length} random accounts (ms):`);
  console.log("| panel | median | p95 | SQL statements |\n|---|--:|--:|--:|");
  const row = (name: string, values: number[], queries: string) => {
    const sorted = [...values].sort((a, b) => a - b);
    medians[name] = percentile(sorted, 0.5);
    console.log(`| ${name} | ${percentile(sorted, 0.5).toFixed(2)} | ${percentile(sorted, 0.95).toFixed(2)} | ${queries} |`);
  };
  for (const [name] of panels) {
    const count = statements.get(name)!.length;
    if (count !== 1) failures.push(`${name}: ${count} statements`);
    row(name, samples.get(name)!, String(count));
  }
  row("total (one after another)", totals, String([...statements.values()].reduce((sum, list) => sum + list.length, 0)));

  const explainer = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (const [name] of panels) {
      const statement = statements.get(name)![0]!;
      const plan = await explainer.unsafe(`explain (analyze, costs off, summary off) ${statement.query}`, statement.params as never[]);
      const lines = plan.map((line) => String(line["QUERY PLAN"]));
      console.log(`\nEXPLAIN ANALYZE, ${name}:\n${lines.map((line) => `    ${line}`).join("\n")}`);
      const scan = lines.find((line) => personSized.test(line));
      if (scan) failures.push(`${name}: ${scan.trim()}`);
    }
  } finally {
    await explainer.end({ timeout: 5 });
  }
  await handle.close();
  installDatabase(undefined);
  return { medians, failures };
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
  if (!serverUrl.startsWith("postgres")) throw new Error("The dashboard benchmark needs PostgreSQL: set BENCH_DATABASE_URL (or DATABASE_URL) to a server.");
  const results = [];
  for (const size of sizes) results.push({ size, ...(await benchSize(serverUrl, size)) });
  if (results.length > 1) {
    const [small, large] = [results[0]!, results[results.length - 1]!];
    console.log(`\nMedian, ${large.size.toLocaleString("en-US")} against ${small.size.toLocaleString("en-US")} educators:`);
    for (const name of Object.keys(small.medians)) console.log(`  ${name}: ${(large.medians[name]! / small.medians[name]!).toFixed(2)}x`);
  }
  const failures = results.flatMap((result) => result.failures.map((failure) => `${result.size}: ${failure}`));
  if (failures.length > 0) {
    console.error(`\nNot flat:\n  ${failures.join("\n  ")}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
