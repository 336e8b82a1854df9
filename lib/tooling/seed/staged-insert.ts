import "server-only";
import { finished } from "node:stream/promises";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import type postgres from "postgres";
import { batchTables, type BatchField, type EncodedBatch, type EncodedTable } from "./batch-tables";
import { emptyCounts, type SeedCounts } from "./seed-batch";

/**
 * The PostgreSQL write of a seed batch: COPY into temporary staging tables, then one set-based
 * `insert … select` per table. Staging keeps what the JSON bulk insert guarantees: a record that
 * already exists (same id, public id or SSN) is skipped with everything hanging from it, as is an
 * account whose username is taken, because the real tables' unique indexes still decide.
 *
 * Why not COPY straight into the real tables: a COPY that PostgreSQL rejects after the data was sent
 * (a duplicate key, say) never settles in postgres.js 3.4 (its writable waits forever, inside an
 * open transaction). Staging columns are all text without constraints, so only a malformed line,
 * which copy-text.test.ts rules out, could fail there; every constraint is checked by ordinary
 * statements, whose errors arrive as errors.
 */
type Connection = postgres.Sql;
const stage = (field: BatchField) => `seed_stage_${field.toLowerCase()}`;
const addedEducators = "seed_added_educators";
const addedUsers = "seed_added_users";
const tableOf = new Map<BatchField, Table>(batchTables.map(([field, table]) => [field, table as Table]));

/** Temporary tables for one transaction (dropped at its commit or rollback). */
export async function createStaging(connection: Connection): Promise<void> {
  const statements = batchTables.map(([field, table]) => {
    const columns = Object.values(getTableColumns(table as Table)).map((column) => `"${column.name}" text`);
    return `create temp table ${stage(field)} (${columns.join(", ")}) on commit drop`;
  });
  statements.push(`create temp table ${addedEducators} (id uuid primary key) on commit drop`);
  statements.push(`create temp table ${addedUsers} (id text primary key) on commit drop`);
  await connection.unsafe(statements.join(";\n"));
}

/** Empties the staging tables between batches of one transaction (in place: they were made in it). */
export async function clearStaging(connection: Connection): Promise<void> {
  const names = [...batchTables.map(([field]) => stage(field)), addedEducators, addedUsers];
  await connection.unsafe(`truncate ${names.join(", ")}`);
}

/** Streams each table's COPY text into its staging table. */
export async function copyIntoStaging(connection: Connection, batch: EncodedBatch): Promise<void> {
  for (const encoded of batch.tables) {
    const columns = encoded.keys.map((key) => `"${columnOf(encoded.field, key).name}"`).join(", ");
    const stream = await connection.unsafe(`copy ${stage(encoded.field)} (${columns}) from stdin`).writable();
    const chunk = 1 << 20; // postgres.js frames each write as one CopyData message: keep them moderate
    for (let offset = 0; offset < encoded.text.length; offset += chunk) {
      if (!stream.write(encoded.text.subarray(offset, offset + chunk))) await new Promise((resolve) => stream.once("drain", resolve));
    }
    stream.end();
    await finished(stream);
  }
}

/**
 * Moves the staged rows into the real tables, parents first. Educators and accounts that hit a
 * unique index are skipped, and so are the staged rows that hang from them.
 */
export async function insertFromStaging(connection: Connection, batch: EncodedBatch): Promise<SeedCounts> {
  const staged = new Map(batch.tables.map((table) => [table.field, table]));
  const counts = emptyCounts();
  const educators = staged.get("educators");
  if (!educators) return counts;
  counts.educators = await insertParents(connection, educators, addedEducators);
  if (counts.educators === 0) return counts;
  if (counts.educators < educators.rows) {
    for (const field of ["names", "credentials", "actions", "testScores", "users"] as const) {
      await connection.unsafe(`delete from ${stage(field)} s where not exists (select 1 from ${addedEducators} a where a.id = s.educator_id::uuid)`);
    }
    await connection.unsafe(
      `delete from ${stage("endorsements")} s where not exists (select 1 from ${stage("credentials")} c where c.id = s.credential_id)`,
    );
  }
  counts.names = await insertRows(connection, staged.get("names"));
  counts.credentials = await insertRows(connection, staged.get("credentials"));
  counts.endorsements = await insertRows(connection, staged.get("endorsements"));
  counts.actions = await insertRows(connection, staged.get("actions"));
  counts.testScores = await insertRows(connection, staged.get("testScores"));
  const users = staged.get("users");
  if (!users) return counts;
  // A username someone registered by hand in development must not sink the batch: skip that account.
  counts.users = await insertParents(connection, users, addedUsers);
  if (counts.users < users.rows) {
    for (const field of ["passwordHashes", "notifications"] as const) {
      await connection.unsafe(`delete from ${stage(field)} s where not exists (select 1 from ${addedUsers} a where a.id = s.user_id)`);
    }
  }
  await insertRows(connection, staged.get("passwordHashes"));
  counts.notifications = await insertRows(connection, staged.get("notifications"));
  return counts;
}

function columnOf(field: BatchField, key: string) {
  const column = getTableColumns(tableOf.get(field)!)[key];
  if (!column) throw new Error(`seed staging: ${field} has no column ${key}`);
  return column;
}

function insertStatement(encoded: EncodedTable): string {
  const columns = encoded.keys.map((key) => columnOf(encoded.field, key));
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const values = columns.map((column) => `"${column.name}"::${column.getSQLType()}`).join(", ");
  return `insert into "${getTableName(tableOf.get(encoded.field)!)}" (${names}) select ${values} from ${stage(encoded.field)}`;
}

async function insertRows(connection: Connection, encoded: EncodedTable | undefined): Promise<number> {
  if (!encoded) return 0;
  return (await connection.unsafe(insertStatement(encoded))).count;
}

/** Inserts, skipping rows that hit a unique index, and notes the ids that went in. */
async function insertParents(connection: Connection, encoded: EncodedTable, added: string): Promise<number> {
  const statement = `with inserted as (${insertStatement(encoded)} on conflict do nothing returning id) insert into ${added} select id from inserted`;
  return (await connection.unsafe(statement)).count;
}
