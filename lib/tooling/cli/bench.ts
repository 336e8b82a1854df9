// `npm run bench [-- --educators N --seconds S --connections C --rounds R --port P --bare-port B --build --only a,b]`: the
// portal's pages against a fair floor, on PostgreSQL, with production builds. Seeds (or reuses) the
// benchmark database, captures the SQL the portal's own data functions send for each scenario, builds
// the bare twin app (lib/tooling/bench/floor-app.ts) that replays those statements behind the same CSP
// proxy, starts both on 127.0.0.1 and loads each scenario with autocannon, portal then bare (never both
// at once; with --rounds R they alternate R times and the table shows each one's median round); then
// the search SQL alone. Prints the side-by-side table with the load average and writes JSON to bench/results/. Scenarios for --only: home, search-common, search-rare, educator, dashboard,
// account-search, health, and sql (the direct-SQL rows). Never part of `npm test` or CI.
import "./load-env";
import { execFileSync } from "node:child_process";
import { sql } from "drizzle-orm";
import { installDatabase, openDatabase, queryRows } from "@/lib/platform/db/client";
import { findEducatorProfile } from "@/lib/search/educator-profile";
import { searchEducators } from "@/lib/search/search-educators";
import { demoAccounts } from "@/lib/tooling/seed/demo-accounts";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { createDatabaseIfMissing, defaultBenchDatabaseUrl, prepareBenchDatabase } from "@/lib/tooling/bench/bench-database";
import { benchServerEnv } from "@/lib/tooling/bench/bench-server-env";
import { listOption, option } from "@/lib/tooling/bench/cli-options";
import { statementCapture, writeCapturedStatements } from "@/lib/tooling/bench/floor-capture";
import { ensureFloorApp } from "@/lib/tooling/bench/floor-app";
import { measureRound, warmUp } from "@/lib/tooling/bench/floor-run";
import { captureScenarios, searchQuery, selectScenarios } from "@/lib/tooling/bench/floor-scenarios";
import { formatFloorTable, pairOfRounds, type FloorPair, type FloorRound } from "@/lib/tooling/bench/floor-table";
import type { LoadOptions } from "@/lib/tooling/bench/http-load";
import { requestPlans, withSessionCookie } from "@/lib/tooling/bench/request-plans";
import { formatTable, ratiosOf, writeReport, type BenchReport } from "@/lib/tooling/bench/report";
import { ensureBuild, startServer } from "@/lib/tooling/bench/server";
import { checkSessionWorks } from "@/lib/tooling/bench/sign-in-request";
import { runSqlScenario } from "@/lib/tooling/bench/sql-load";
import type { ScenarioStats } from "@/lib/tooling/bench/stats";

const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();

async function main() {
  const startedAt = new Date().toISOString();
  const loadBefore = uptime();
  const only = listOption("only");
  const scenarios = selectScenarios(only?.filter((id) => id !== "sql"));
  const sqlRows = !only || only.includes("sql");
  const educators = option("educators", 1_000_000);
  const load: LoadOptions = { connections: option("connections", 10), seconds: option("seconds", 10) };
  const warmUpSeconds = option("warm-up-seconds", 3);
  // Portal and bare alternate this many times per scenario; the table shows each server's median round.
  const roundCount = Math.max(1, option("rounds", 1));
  const port = option("port", 3190);
  // Not 3191 or 3192: bench:signin and bench:js use those by default, and may be running.
  const barePort = option("bare-port", port + 3);
  const force = process.argv.includes("--build");
  const url = process.env.BENCH_DATABASE_URL?.trim() || defaultBenchDatabaseUrl;
  const env = benchServerEnv(url, port, load.connections);
  Object.assign(process.env, env);
  const log = (line: string) => console.log(line);

  if (await createDatabaseIfMissing(url)) log(`Created the benchmark database ${new URL(url).pathname.slice(1)}.`);
  const handle = openDatabase({ url, poolSize: load.connections });
  const prepared = await prepareBenchDatabase(handle, educators, log);
  const demo = demoAccounts[0]!;
  const [counts] = await queryRows<{ credentials: number; sample: string; userId: string }>(
    handle.db,
    sql`select (select count(*)::int from credentials) as credentials,
      (select e.public_id from educators e where exists (select 1 from credentials c where c.educator_id = e.id) order by e.public_id limit 1) as sample,
      (select id from users where username = ${demo.username}) as "userId"`,
  );
  log(`Database: ${prepared.educators.toLocaleString("en-US")} synthetic educators, ${counts!.credentials.toLocaleString("en-US")} credentials.`);

  // The portal's own statements for each scenario, as its data functions send them for one request.
  const capture = statementCapture();
  const captureHandle = openDatabase({ url, poolSize: 2, onQuery: capture.onQuery });
  capture.watchTransactions(captureHandle);
  installDatabase(captureHandle);
  const context = { publicId: counts!.sample, userId: counts!.userId, captcha: await solvedCaptcha("account-search") };
  const captured = await captureScenarios(capture, scenarios, context);
  installDatabase(undefined);
  await captureHandle.close();
  const statementsFile = writeCapturedStatements(captured);
  for (const [id, statements] of Object.entries(captured)) log(`Captured ${statements.length} statements for ${id}.`);

  await ensureBuild(force, log);
  const floorDir = await ensureFloorApp(log, force);
  const portal = await startServer(port, env);
  const bare = await startServer(barePort, { ...env, FLOOR_STATEMENTS_FILE: statementsFile }, { dir: floorDir });
  const pairs: FloorPair[] = [];
  const scenarioStats: ScenarioStats[] = [];
  try {
    for (const scenario of scenarios) {
      const portalPath = scenario.portalPath(context);
      const rounds: FloorRound[] = [];
      for (let round = 1; round <= roundCount; round += 1) {
        // Made again each round: every account search spends its captcha.
        const planned = (await requestPlans([scenario], { portalUrl: portal.url, seconds: load.seconds, warmUpSeconds, log })).get(scenario.id)!;
        // The signed-in scenario signs in again each round: a browser's cookie is at most a minute old.
        const plan = scenario.id === "dashboard" ? withSessionCookie(planned, await checkSessionWorks(portal.url, demo)) : planned;
        if (round === 1) {
          await warmUp(`${portal.url}${portalPath}`, plan.portalWarmUp);
          await warmUp(`${bare.url}${scenario.barePath}`, plan.bare);
        }
        const counter = roundCount > 1 ? ` (round ${round} of ${roundCount})` : "";
        log(`HTTP  ${scenario.name}${counter}: portal ${portalPath}, then bare ${scenario.barePath}, ${load.seconds} s each at ${load.connections} connections...`);
        const target = { name: scenario.name, portalPath, barePath: scenario.barePath, portalPlan: plan.portal, portalLoadPlan: plan.portalLoadBeforeTiming, barePlan: plan.bare };
        const measured = await measureRound(target, { portal, bare }, load, warmUpSeconds);
        for (const stats of [measured.portal, measured.bare]) if (stats.errorReasons) log(`      ${stats.name}: errors ${JSON.stringify(stats.errorReasons)}`);
        rounds.push(measured);
      }
      const pair = pairOfRounds(scenario.id, scenario.name, rounds);
      scenarioStats.push(pair.portal, pair.bare);
      pairs.push(pair);
    }
  } finally {
    await Promise.all([portal.stop(), bare.stop()]);
  }

  if (sqlRows) {
    const common = searchQuery({ last: "Smith" });
    const rare = searchQuery({ last: "O'Brien-Walsh" });
    const sqlRuns: [string, string, () => Promise<unknown>][] = [
      ["SQL: common last name", "searchEducators(last=Smith)", () => searchEducators(common, handle.db)],
      ["SQL: rare last name", "searchEducators(last=O'Brien-Walsh)", () => searchEducators(rare, handle.db)],
      ["SQL: educator page", `findEducatorProfile(${counts!.sample})`, () => findEducatorProfile(counts!.sample, handle.db)],
    ];
    for (const [name, target, task] of sqlRuns) {
      log(`SQL   ${name} for ${load.seconds} s at ${load.connections} connections...`);
      scenarioStats.push(await runSqlScenario(name, target, task, load));
    }
  }
  await handle.close();

  const loadAfter = uptime();
  const report: BenchReport = {
    startedAt,
    database: { educators: prepared.educators, credentials: counts!.credentials, seededSeconds: prepared.seededSeconds },
    load,
    uptime: { before: loadBefore, after: loadAfter },
    floor: pairs,
    scenarios: scenarioStats,
    peakServerRssMb: Math.max(0, ...scenarioStats.map((stats) => stats.peakServerRssMb ?? 0)),
    ratios: ratiosOf(scenarioStats),
  };
  log("");
  log(`Portal against its bare twin (${load.connections} connections, ${load.seconds} s each; errors: non-2xx, or a 200 without the expected answer):`);
  log(formatFloorTable(pairs));
  log(`\nuptime before: ${loadBefore}\nuptime after:  ${loadAfter}\n`);
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
