// `npm run bench [-- --educators N --seconds S --connections C --port P --build]`: the public search
// benchmark on PostgreSQL against a production build. Seeds (or reuses) the 1,000,000-educator
// database, starts `next start` on 127.0.0.1, loads it with autocannon, runs the same search SQL
// directly, prints a table and writes it to bench/results/. Never part of `npm test` or CI.
import "./load-env";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "@/lib/platform/db/client";
import { createDatabaseIfMissing, defaultBenchDatabaseUrl, prepareBenchDatabase } from "@/lib/tooling/bench/bench-database";
import { loadBenchSecrets } from "@/lib/tooling/bench/bench-secrets";
import { demoDeploymentEnv } from "@/lib/tooling/bench/demo-deployment";
import { option } from "@/lib/tooling/bench/cli-options";
import { runHttpScenario, type LoadOptions } from "@/lib/tooling/bench/http-load";
import { sampleMemory } from "@/lib/tooling/bench/memory";
import { formatTable, ratiosOf, writeReport, type BenchReport } from "@/lib/tooling/bench/report";
import { ensureBuild, startServer } from "@/lib/tooling/bench/server";
import { runSqlScenario } from "@/lib/tooling/bench/sql-load";
import type { ScenarioStats } from "@/lib/tooling/bench/stats";
import { findEducatorProfile } from "@/lib/search/educator-profile";
import { searchEducators } from "@/lib/search/search-educators";
import { parseSearchParams, type SearchQuery } from "@/lib/search/search-input";

function searchQuery(params: Record<string, string>): SearchQuery {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error(`bench search is not valid: ${JSON.stringify(params)}`);
  return parsed.query;
}

async function main() {
  const startedAt = new Date().toISOString();
  const educators = option("educators", 1_000_000);
  const load: LoadOptions = { connections: option("connections", 10), seconds: option("seconds", 10) };
  const port = option("port", 3190);
  const url = process.env.BENCH_DATABASE_URL?.trim() || defaultBenchDatabaseUrl;
  const env = {
    ...loadBenchSecrets(),
    DATABASE_URL: url,
    APP_URL: `http://127.0.0.1:${port}`,
    ...demoDeploymentEnv,
    // The load comes from one address; the throttle would answer 429 after 300 searches.
    RATE_LIMIT_PUBLIC_SEARCH: "1000000000/60",
    DATABASE_POOL_MAX: String(Math.max(10, load.connections)),
  };
  Object.assign(process.env, env);
  const log = (line: string) => console.log(line);

  if (await createDatabaseIfMissing(url)) log(`Created the benchmark database ${new URL(url).pathname.slice(1)}.`);
  const handle = openDatabase({ url, poolSize: load.connections });
  const prepared = await prepareBenchDatabase(handle, educators, log);
  const [counts] = await queryRows<{ credentials: number; sample: string }>(
    handle.db,
    sql`select (select count(*)::int from credentials) as credentials,
      (select e.public_id from educators e where exists (select 1 from credentials c where c.educator_id = e.id) order by e.public_id limit 1) as sample`,
  );
  log(`Database: ${prepared.educators.toLocaleString("en-US")} synthetic educators, ${counts!.credentials.toLocaleString("en-US")} credentials.`);

  await ensureBuild(process.argv.includes("--build"), log);
  const server = await startServer(port, env);
  const scenarios: ScenarioStats[] = [];
  let peak = 0;
  try {
    const pages: [string, string][] = [
      ["home page", "/"],
      ["search: common last name", "/search?last=Smith"],
      ["search: rare last name", `/search?last=${encodeURIComponent("O'Brien-Walsh")}`],
      ["educator page", `/search/${counts!.sample}`],
      ["health", "/api/health"],
    ];
    for (const [, path] of pages) for (let i = 0; i < 5; i += 1) await fetch(`${server.url}${path}`).then((r) => r.arrayBuffer());
    for (const [name, path] of pages) {
      log(`HTTP  ${name} (${path}) for ${load.seconds} s at ${load.connections} connections...`);
      const memory = sampleMemory(server.pid);
      const stats = await runHttpScenario(name, `${server.url}${path}`, load);
      stats.peakServerRssMb = memory.stop();
      peak = Math.max(peak, stats.peakServerRssMb);
      scenarios.push(stats);
    }
  } finally {
    await server.stop();
  }
  const common = searchQuery({ last: "Smith" });
  const rare = searchQuery({ last: "O'Brien-Walsh" });
  const sqlRuns: [string, string, () => Promise<unknown>][] = [
    ["SQL: common last name", "searchEducators(last=Smith)", () => searchEducators(common, handle.db)],
    ["SQL: rare last name", "searchEducators(last=O'Brien-Walsh)", () => searchEducators(rare, handle.db)],
    ["SQL: educator page", `findEducatorProfile(${counts!.sample})`, () => findEducatorProfile(counts!.sample, handle.db)],
  ];
  for (const [name, target, task] of sqlRuns) {
    log(`SQL   ${name} for ${load.seconds} s at ${load.connections} connections...`);
    scenarios.push(await runSqlScenario(name, target, task, load));
  }
  await handle.close();

  const report: BenchReport = {
    startedAt,
    database: { educators: prepared.educators, credentials: counts!.credentials, seededSeconds: prepared.seededSeconds },
    load,
    scenarios,
    peakServerRssMb: peak,
    ratios: ratiosOf(scenarios),
  };
  log("");
  log(formatTable(report));
  log(`\nWritten to ${writeReport(report)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("The benchmark failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
