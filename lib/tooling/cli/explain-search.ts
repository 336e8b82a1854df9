// `npm run bench:explain [-- --sizes 2000,200000,1000000]`: EXPLAIN (ANALYZE, BUFFERS) of every
// public-search statement on a PostgreSQL database of each size (portal_explain_2k, _200k, _1m on
// BENCH_DATABASE_URL's server, default the local one; seeded once and kept, later runs reuse them).
// Fails when any plan at any size reads educators, educator_names or credentials with a sequential
// scan: the planner picks plans by table size, so a plan that is fine at 2,000 can scan at 200,000.
import "./load-env";
import { sql, type SQL } from "drizzle-orm";
import { openDatabase, queryRows, type DatabaseHandle } from "@/lib/platform/db/client";
import { createDatabaseIfMissing, defaultBenchDatabaseUrl, prepareBenchDatabase } from "@/lib/tooling/bench/bench-database";
import { withDatabaseName } from "@/lib/tooling/testing/postgres-admin";
import { loadBenchSecrets } from "@/lib/tooling/bench/bench-secrets";
import { toEntry } from "@/lib/search/bulk-csv";
import { bulkVerifySql } from "@/lib/search/bulk-verify";
import { educatorProfileSql } from "@/lib/search/educator-profile";
import { searchEducatorsSql } from "@/lib/search/search-educators";
import { parseSearchParams } from "@/lib/search/search-input";

// The person-sized tables, at every size. Public disciplinary actions grow with them too, but are few:
// while the table fits in a handful of pages (67 rows at 2,000 educators: one page) reading it whole is
// the right plan, so it is watched only once it is larger than that.
const alwaysWatched = ["educators", "educator_names", "credentials"];
const smallTablePages = 8;

async function watchedTables(handle: DatabaseHandle): Promise<RegExp> {
  const [actions] = await queryRows<{ pages: number }>(handle.db, sql`select relpages as pages from pg_class where relname = 'public_disciplinary_actions'`);
  const tables = [...alwaysWatched, ...(Number(actions?.pages ?? 0) > smallTablePages ? ["public_disciplinary_actions"] : [])];
  return new RegExp(`Seq Scan on (${tables.join("|")})\\b`);
}

function search(params: Record<string, string>): SQL {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error(`not a valid search: ${JSON.stringify(params)}`);
  return searchEducatorsSql(parsed.query);
}

const sizesArgument = process.argv.indexOf("--sizes");
const sizes = (sizesArgument < 0 ? "2000,200000,1000000" : String(process.argv[sizesArgument + 1]))
  .split(",")
  .map((value) => Number(value.replace(/_/g, "")));
const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}m` : `${size / 1_000}k`);

/** Explains every statement on one database; returns how many plans scan a watched table. */
async function explainAt(size: number): Promise<number> {
  const url = withDatabaseName(process.env.BENCH_DATABASE_URL?.trim() || defaultBenchDatabaseUrl, `portal_explain_${label(size)}`);
  await createDatabaseIfMissing(url);
  const handle = openDatabase({ url, poolSize: 1 });
  const prepared = await prepareBenchDatabase(handle, size, console.log);
  console.log(`\n##### ${prepared.educators.toLocaleString("en-US")} synthetic educators #####`);
  const [sample] = await queryRows<{ public_id: string; certificate_number: string }>(
    handle.db,
    sql`select e.public_id, c.certificate_number from credentials c join educators e on e.id = c.educator_id order by c.certificate_number limit 1`,
  );
  const bulk = await queryRows<{ value: string }>(
    handle.db,
    sql`(select certificate_number as value from credentials order by certificate_number desc limit 250)
      union all (select public_id from educators order by public_id limit 249) union all (select '99999999')`,
  );
  const statements: [string, SQL][] = [
    ["search: common last name (Smith), page 1", search({ last: "Smith" })],
    ["search: common last name, page 40", search({ last: "Smith", page: "40" })],
    ["search: rare last name (O'Brien-Walsh)", search({ last: "O'Brien-Walsh" })],
    ["search: 2-letter prefix + first name prefix (Jo, M)", search({ last: "Jo", first: "M" })],
    ["search: common last name + status revoked", search({ last: "Smith", status: "revoked" })],
    ["search: former name (Thompson, Sarah)", search({ last: "Thompson", first: "Sarah" })],
    ["search: certificate number alone", search({ id: sample!.certificate_number })],
    ["search: educator ID + last name", search({ id: sample!.public_id, last: "Smith" })],
    ["educator page", educatorProfileSql(sample!.public_id)],
    ["bulk verification, 500 rows", bulkVerifySql(bulk.map((row, index) => toEntry(index + 2, row.value)))],
  ];
  const watched = await watchedTables(handle);
  console.log(`Watched for sequential scans: ${watched.source}`);
  let failures = 0;
  for (const [name, statement] of statements) {
    const rows = await queryRows<{ "QUERY PLAN": string }>(handle.db, sql`explain (analyze, buffers, costs off) ${statement}`);
    const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
    const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
    const bad = plan.split("\n").filter((line) => watched.test(line));
    failures += bad.length > 0 ? 1 : 0;
    console.log(`\n=== ${name}: ${time} ms${bad.length > 0 ? "  ** SEQUENTIAL SCAN **" : ""}\n${plan}`);
  }
  await handle.close();
  console.log(failures === 0 ? "\nNo sequential scan of educators, educator_names or credentials." : `\n${failures} plan(s) scan a large table sequentially.`);
  return failures;
}

async function main() {
  Object.assign(process.env, loadBenchSecrets());
  let failures = 0;
  for (const size of sizes) failures += await explainAt(size);
  if (sizes.length > 1) console.log(failures === 0 ? `\nEvery size (${sizes.map(label).join(", ")}): no sequential scan.` : `\n${failures} plan(s) in all scan sequentially.`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error("EXPLAIN failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
