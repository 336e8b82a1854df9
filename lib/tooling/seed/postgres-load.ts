import "server-only";
import type postgres from "postgres";
import type { EncodedBatch } from "./batch-tables";
import { openLoadConnection } from "./load-connection";
import { restoreSetAside, setAsideIndexesAndForeignKeys, type SetAside } from "./set-aside";
import type { Progress } from "./progress";
import { RowWorker } from "./row-worker-client";
import { addCounts, emptyCounts, type BatchContext, type SeedCounts } from "./seed-batch";
import { clearStaging, copyIntoStaging, createStaging, insertFromStaging } from "./staged-insert";

/**
 * From this many missing educators, when they at least double the table (a fresh database, or
 * 200,000 grown to a million), the load is one transaction that sets the plain indexes and foreign
 * keys aside first and restores them at the end (set-aside.ts). Smaller top-ups commit batch by
 * batch with everything in place.
 */
export const defaultOneTransactionFrom = 50_000;

export type PostgresLoadOptions = {
  context: BatchContext & { credentialTypeIds: Map<string, number> };
  batchSize: number;
  progress: Progress;
  log: (line: string) => void;
  oneTransactionFrom?: number;
};

/**
 * Writes the synthetic educators `indices` on PostgreSQL: a worker thread builds each batch while
 * this thread streams the previous one (COPY into staging, then set-based inserts). Either every
 * batch commits on its own, so a run stopped half-way leaves whole people or none per batch, or (a
 * big load) the whole load is one transaction and a stopped run leaves nothing, indexes included.
 */
export async function loadOnPostgres(client: postgres.Sql, indices: number[], options: PostgresLoadOptions): Promise<SeedCounts> {
  const { batchSize, progress, log } = options;
  const added = emptyCounts();
  if (indices.length === 0) return added;
  const connection = openLoadConnection(client);
  const worker = new RowWorker(options.context);
  // Each batch is asked for one round ahead and awaited then; until then a failure must not count as
  // an unhandled rejection (the error that stopped the load is the one to report).
  const prefetch = (from: number) => {
    const built = worker.build(indices.slice(from, from + batchSize));
    built.catch(() => {});
    return built;
  };
  let next: Promise<EncodedBatch> | undefined = prefetch(0);
  const time = { building: 0, waiting: 0, database: 0, indexes: 0 };
  try {
    const [present] = await connection.unsafe<{ count: number }[]>("select count(*)::int as count from educators");
    const oneTransaction = indices.length >= (options.oneTransactionFrom ?? defaultOneTransactionFrom) && indices.length >= present!.count;
    let setAside: SetAside[] = [];
    if (oneTransaction) {
      await begin(connection);
      setAside = await setAsideIndexesAndForeignKeys(connection);
      const count = (kind: SetAside["kind"]) => setAside.filter((item) => item.kind === kind).length;
      log(`  one transaction; ${count("index")} plain indexes and ${count("foreign key")} foreign keys set aside until the end`);
      await createStaging(connection);
    }
    for (let from = 0; from < indices.length; from += batchSize) {
      const waitStarted = performance.now();
      const batch = await next!;
      const dbStarted = performance.now();
      time.waiting += dbStarted - waitStarted;
      time.building += batch.buildSeconds * 1000;
      next = from + batchSize < indices.length ? prefetch(from + batchSize) : undefined;
      if (!oneTransaction) {
        await begin(connection);
        await createStaging(connection);
      }
      await copyIntoStaging(connection, batch);
      addCounts(added, await insertFromStaging(connection, batch));
      if (oneTransaction) await clearStaging(connection);
      else await connection.unsafe("commit");
      time.database += performance.now() - dbStarted;
      progress.advance(Math.min(indices.length, from + batchSize));
    }
    if (oneTransaction) {
      const started = performance.now();
      // More memory for the index builds (the GIN one above all), for this transaction only.
      await connection.unsafe("set local maintenance_work_mem = '256MB'");
      await restoreSetAside(connection, setAside);
      await connection.unsafe("commit");
      time.indexes = performance.now() - started;
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    log(
      `  rows built in ${s(time.building)} on a worker thread (the loader waited ${s(time.waiting)} for them); ` +
        `database ${s(time.database)}${oneTransaction ? `, plus ${s(time.indexes)} restoring indexes and foreign keys and committing` : ""}`,
    );
  } catch (error) {
    await connection.unsafe("rollback").catch(() => {});
    throw error;
  } finally {
    await connection.end({ timeout: 5 });
    await worker.close();
  }
  return added;
}

/** A seed can always be run again, so it does not wait for each commit to reach the disk. */
async function begin(connection: postgres.Sql): Promise<void> {
  await connection.unsafe("begin");
  await connection.unsafe("set local synchronous_commit = off");
}
