import "server-only";
import { getTableName, type Table } from "drizzle-orm";
import type postgres from "postgres";
import { batchTables } from "./batch-tables";

/**
 * What a big seed load sets aside on the tables it fills, and restores at the end, the way
 * pg_restore loads data before its indexes and constraints:
 * - the plain (non-unique) indexes, built again with one sort each instead of millions of scattered
 *   updates (the trigram GIN index on last names is the costliest of them to maintain row by row);
 * - the foreign keys, checked again with one join each instead of a trigger call per row.
 * Unique indexes and primary keys stay, so duplicates are still refused (and skipped) while loading.
 *
 * Callers drop and restore inside the load's own transaction: PostgreSQL's DDL is transactional, so a
 * load that fails or is killed half-way rolls the drop back with it, and the schema can never be left
 * without an index or constraint the migrations made. The definitions are PostgreSQL's own
 * (pg_get_indexdef, pg_get_constraintdef), read just before the drop.
 */
export type SetAside = { kind: "index" | "foreign key"; name: string; restore: string };

const tableNames = batchTables.map(([, table]) => getTableName(table as Table));

export async function setAsideIndexesAndForeignKeys(connection: postgres.Sql): Promise<SetAside[]> {
  const indexes = await connection.unsafe<{ name: string; restore: string }[]>(
    `select quote_ident(index_class.relname) as name, pg_get_indexdef(i.indexrelid) as restore
       from pg_index i
       join pg_class index_class on index_class.oid = i.indexrelid
       join pg_class table_class on table_class.oid = i.indrelid
      where table_class.relnamespace = current_schema()::regnamespace
        and table_class.relname = any($1::text[])
        and not i.indisunique
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by table_class.relname, index_class.relname`,
    [tableNames],
  );
  const foreignKeys = await connection.unsafe<{ table: string; name: string; definition: string }[]>(
    `select c.conrelid::regclass::text as table, quote_ident(c.conname) as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c
       join pg_class table_class on table_class.oid = c.conrelid
      where table_class.relnamespace = current_schema()::regnamespace
        and table_class.relname = any($1::text[])
        and c.contype = 'f'
      order by 1, 2`,
    [tableNames],
  );
  for (const foreignKey of foreignKeys) await connection.unsafe(`alter table ${foreignKey.table} drop constraint ${foreignKey.name}`);
  for (const index of indexes) await connection.unsafe(`drop index ${index.name}`);
  return [
    ...indexes.map(({ name, restore }) => ({ kind: "index" as const, name, restore })),
    ...foreignKeys.map(({ table, name, definition }) => ({
      kind: "foreign key" as const,
      name,
      restore: `alter table ${table} add constraint ${name} ${definition}`,
    })),
  ];
}

export async function restoreSetAside(connection: postgres.Sql, setAside: SetAside[]): Promise<void> {
  for (const item of setAside) await connection.unsafe(item.restore);
}
