import "server-only";
import { getTableColumns, getTableName, sql, type Column, type Table } from "drizzle-orm";
import { queryRows, type Executor } from "@/lib/platform/db/client";

/**
 * Multi-row inserts for the seed: the demo records on both drivers and every batch on PGlite (the
 * PostgreSQL bulk load goes through COPY, staged-insert.ts). The rows travel as ONE JSON parameter
 * that PostgreSQL unpacks with json_array_elements: no 65 535-parameter limit, no per-row statement.
 * Columns and their types come from the Drizzle table, so the schema stays the single source.
 */
type Row<T extends Table> = T["$inferInsert"];

export type BulkInsertOptions = {
  /** Skip rows that hit any unique index (the seed's re-runs), rather than failing the batch. */
  onConflictDoNothing?: boolean;
  /** Return this column of the rows actually inserted. */
  returning?: string;
};

export async function bulkInsert<T extends Table>(
  executor: Executor,
  table: T,
  rows: Row<T>[],
  options: BulkInsertOptions = {},
): Promise<string[]> {
  if (rows.length === 0) return [];
  const columns = columnsSetBy(table, rows);
  const payload = JSON.stringify(
    rows.map((row) => columns.map(([key]) => (row as Record<string, unknown>)[key] ?? null)),
  );
  const names = columns.map(([, column]) => `"${column.name}"`).join(", ");
  const values = columns.map(([, column], i) => `(r->>${i})::${column.getSQLType()}`).join(", ");
  const returningColumn = options.returning ? getTableColumns(table)[options.returning]?.name : undefined;
  if (options.returning && !returningColumn) throw new Error(`bulkInsert: no column ${options.returning}`);
  const statement = sql.join([
    sql.raw(`insert into "${getTableName(table)}" (${names}) select ${values} from json_array_elements(`),
    sql`${payload}::json`,
    sql.raw(`) as r${options.onConflictDoNothing ? " on conflict do nothing" : ""}`),
    sql.raw(returningColumn ? ` returning "${returningColumn}" as value` : ""),
  ]);
  if (!returningColumn) {
    await executor.execute(statement);
    return [];
  }
  const inserted = await queryRows<{ value: unknown }>(executor, statement);
  return inserted.map((row) => String(row.value));
}

/**
 * The table's columns that any of the rows sets; a row without one of them stores NULL there. Not
 * the first row's keys alone: rows of one table differ (an "expiring" notification has a dedupe key,
 * a reprimand no period), and a batch must not lose a column because of which row came first.
 */
export function columnsSetBy<T extends Table>(table: T, rows: readonly Row<T>[]): [string, Column][] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row as object)) keys.add(key);
  return Object.entries(getTableColumns(table)).filter(([key]) => keys.has(key));
}
