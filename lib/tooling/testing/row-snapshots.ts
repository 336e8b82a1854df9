import { sql } from "drizzle-orm";
import { db, queryRows } from "@/lib/platform/db/client";

/**
 * Byte-for-byte pictures of the database for authorization tests. Which rows belong to a person is
 * read from the live schema (every table with a user_id or educator_id column, users and educators
 * themselves, and mail queued to their addresses), so a table added later is covered without a list.
 */
export type Owner = { userId: string; educatorId: string; emails: string[] };

type Column = { table_name: string; column_name: string };

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

async function publicColumns(): Promise<Column[]> {
  return queryRows<Column>(db, sql`select table_name, column_name from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`);
}

/** Every row that belongs to `owner`, as text, by table. */
export async function ownedRows(owner: Owner): Promise<Record<string, string[]>> {
  const byTable = new Map<string, ReturnType<typeof sql>[]>();
  const add = (table: string, condition: ReturnType<typeof sql>) => byTable.set(table, [...(byTable.get(table) ?? []), condition]);
  for (const { table_name: table, column_name: column } of await publicColumns()) {
    if (column === "user_id" || (table === "users" && column === "id")) add(table, sql`${ident(column)}::text = ${owner.userId}`);
    if (column === "educator_id" || (table === "educators" && column === "id")) add(table, sql`${ident(column)}::text = ${owner.educatorId}`);
    if (column === "to_address") for (const email of owner.emails) add(table, sql`${ident(column)} = ${email}`);
  }
  const snapshot: Record<string, string[]> = {};
  for (const [table, conditions] of [...byTable].sort(([a], [b]) => a.localeCompare(b))) {
    const rows = await queryRows<{ row: string }>(db, sql`select t::text as row from ${ident(table)} t where ${sql.join(conditions, sql` or `)} order by 1`);
    snapshot[table] = rows.map((row) => row.row);
  }
  return snapshot;
}

/** One digest per table of every row in it: equal before and after means nothing at all was written. */
export async function wholeDatabase(): Promise<Record<string, string>> {
  const tables = [...new Set((await publicColumns()).map((column) => column.table_name))].sort();
  const snapshot: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ digest: string }>(db, sql`select count(*) || ':' || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as digest from ${ident(table)} t`);
    snapshot[table] = row!.digest;
  }
  return snapshot;
}

/** Audit events for `userId`, newest last (to find the ones a call wrote). */
export async function auditEventsFor(userId: string): Promise<{ id: number; event: string }[]> {
  return queryRows<{ id: number; event: string }>(db, sql`select id::int as id, event from audit_events where user_id = ${userId} order by id`);
}
