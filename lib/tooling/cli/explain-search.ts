// `npm run bench:explain`: EXPLAIN (ANALYZE, BUFFERS) of every public-search statement on the
// benchmark database (BENCH_DATABASE_URL, default portal_bench; seed it with `npm run bench`).
// Fails when any plan reads educators, educator_names or credentials with a sequential scan.
import "./load-env";
import { sql, type SQL } from "drizzle-orm";
import { openDatabase, queryRows } from "@/lib/platform/db/client";
import { defaultBenchDatabaseUrl } from "@/lib/tooling/bench/bench-database";
import { loadBenchSecrets } from "@/lib/tooling/bench/bench-secrets";
import { toEntry } from "@/lib/search/bulk-csv";
import { bulkVerifySql } from "@/lib/search/bulk-verify";
import { educatorProfileSql } from "@/lib/search/educator-profile";
import { searchEducatorsSql } from "@/lib/search/search-educators";
import { parseSearchParams } from "@/lib/search/search-input";

const watched = /Seq Scan on (educators|educator_names|credentials)\b/;

function search(params: Record<string, string>): SQL {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error(`not a valid search: ${JSON.stringify(params)}`);
  return searchEducatorsSql(parsed.query);
}

async function main() {
  Object.assign(process.env, loadBenchSecrets());
  const handle = openDatabase({ url: process.env.BENCH_DATABASE_URL?.trim() || defaultBenchDatabaseUrl, poolSize: 1 });
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
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error("EXPLAIN failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
