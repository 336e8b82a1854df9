import { readFileSync } from "node:fs";
import postgres from "postgres";

/**
 * The portal's own SQL per scenario, captured by the benchmark (lib/tooling/bench/floor-capture.ts)
 * into the JSON file FLOOR_STATEMENTS_FILE names: {scenario: [{query, params, stage, task, transaction?, main?}]}.
 * Read once, on first use (never at build time, when there is no file).
 */
let scenarios;
let client;

function statementsOf(scenario) {
  scenarios ??= JSON.parse(readFileSync(process.env.FLOOR_STATEMENTS_FILE, "utf8"));
  const statements = scenarios[scenario];
  if (!statements) throw new Error(`no captured statements for ${scenario}`);
  return statements;
}

/** The portal's pool: postgres.js with DATABASE_POOL_MAX connections (lib/platform/db/client.ts). */
function pool() {
  client ??= postgres(process.env.DATABASE_URL, {
    max: Number(process.env.DATABASE_POOL_MAX || 10),
    onnotice: () => {},
    connection: { application_name: "bench-floor" },
  });
  return client;
}

/**
 * As the portal sends them (lib/platform/db/named-statements.ts): the text with its parameters, named
 * (prepared once per connection) up to 64 parameters, unnamed beyond.
 */
function send(sql, query, params = []) {
  return sql.unsafe(query, params, { prepare: params.length <= 64 });
}

export function selectOne() {
  return send(pool(), "select 1");
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** One data function's statements, in order; each run of them from one transaction in a transaction. */
async function runTask(statements, result) {
  for (const unit of groupBy(statements, (statement) => (statement.transaction === undefined ? statement : `transaction ${statement.transaction}`))) {
    const run = async (sql) => {
      for (const statement of unit) {
        const rows = await send(sql, statement.query, statement.params);
        if (statement.main) result.rows = rows;
      }
    };
    if (unit[0].transaction === undefined) await run(pool());
    else await pool().begin(run);
  }
}

/**
 * Runs a scenario's statements as the portal runs them: stages one after another; in a stage, the
 * data functions the portal calls concurrently (the dashboard's top bar beside the page's greeting and
 * two-step prompt, then its four panels) concurrently, each one's statements one after another.
 * Returns the rows of the last statement marked main (the page's table), or none.
 */
export async function runScenario(scenario) {
  const result = { rows: [] };
  for (const stage of groupBy(statementsOf(scenario), (statement) => statement.stage)) {
    await Promise.all(groupBy(stage, (statement) => statement.task).map((task) => runTask(task, result)));
  }
  return result.rows;
}

const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => escapes[char]);

/** A cell's text: JSON for objects (json columns), ISO for dates, nothing for null. */
export function cellText(value) {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function columnsOf(rows) {
  return rows.length > 0 ? Object.keys(rows[0]) : [];
}

/** The rows as a plain HTML table, for the route handler (the pages render RowsTable). */
export function rowsHtml(rows) {
  const columns = columnsOf(rows);
  const head = columns.map((column) => `<th>${escapeHtml(column)}</th>`).join("");
  const body = rows.map((row) => `<tr>${columns.map((column) => `<td>${escapeHtml(cellText(row[column]))}</td>`).join("")}</tr>`).join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
