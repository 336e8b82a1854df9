import "server-only";
import { today as currentDay } from "@/lib/platform/clock";
import type { Database, DatabaseHandle } from "@/lib/platform/db/client";
import { ensureCredentialTypes } from "@/lib/credentials/credential-types";
import { currentPiiKeys } from "@/lib/platform/security/pii";
import { seedAnnouncements } from "./announcements";
import { unusablePasswordHash } from "./bulk-accounts";
import { credentialCatalog } from "./credential-catalog";
import { maxSeedEducators } from "./people";
import { Progress } from "./progress";
import { loadOnPostgres } from "./postgres-load";
import { addCounts, buildBatch, emptyCounts, insertBatch, missingIndices, type BatchContext, type SeedCounts } from "./seed-batch";
import { seedDemoAccounts, seedDemoPeople, type DemoAccountsOutcome } from "./seed-demo";
import { seedDemoStaff } from "./seed-demo-staff";

export const defaultSeedEducators = 2_000;

export type SeedOptions = {
  /** How many synthetic educators should exist (indices 0..n-1); existing ones are kept, not rebuilt. */
  educators: number;
  log?: (line: string) => void;
  /** Educators per transaction; the default suits each driver. */
  batchSize?: number;
  /** PostgreSQL: from how many missing educators they load in one transaction with plain indexes and foreign keys set aside. */
  oneTransactionFrom?: number;
};

export type SeedSummary = {
  /** Rows added by this run (bulk and demo records together). */
  added: SeedCounts;
  /** Synthetic educators that already existed and were left alone. */
  alreadyPresent: number;
  demoPeopleAdded: number;
  demoAccounts: DemoAccountsOutcome;
  announcementsAdded: number;
  seconds: number;
};

/**
 * The demo and benchmark data set: credential types, announcements, the named demo people, demo
 * accounts (never in production), then `educators` synthetic people in batches. Deterministic and
 * idempotent: every person is a pure function of its index, and anything already present is skipped.
 * PostgreSQL loads the batches through COPY (postgres-load.ts); PGlite, one connection in this
 * process, inserts them in turn with the JSON bulk insert. Both write the same rows.
 */
export async function seedDatabase(handle: DatabaseHandle, options: SeedOptions): Promise<SeedSummary> {
  const total = options.educators;
  if (!Number.isInteger(total) || total < 0 || total > maxSeedEducators) {
    throw new RangeError(`educators must be a whole number from 0 to ${maxSeedEducators.toLocaleString("en-US")}`);
  }
  const log = options.log ?? (() => {});
  const started = performance.now();
  const db = handle.db;
  const today = currentDay();
  const credentialTypeIds = await ensureCredentialTypes(db);
  const catalog = credentialCatalog(credentialTypeIds);
  const demoContext = { today, catalog, keys: currentPiiKeys() };

  const announcementsAdded = await seedAnnouncements(db, today);
  const demoPeopleAdded = await seedDemoPeople(db, demoContext);
  const demoAccounts = await seedDemoAccounts(db, demoContext);
  if (demoAccounts.refused) {
    log("NODE_ENV is production: demo accounts with published passwords were NOT created (records only).");
  }
  await seedDemoStaff(db);

  const added = emptyCounts();
  // Demo records count as added rows too, but not as synthetic educators already present.
  added.educators += demoPeopleAdded;

  // Every person is a pure function of its index, so what is missing is known before anything is built.
  const missing = await missingIndices(db, 0, total);
  if (missing.length > 0) {
    log(`  ${missing.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} synthetic educators to add`);
    // Made only when something is missing: a re-run with nothing to add skips the slow hash.
    const context = { ...demoContext, passwordHash: await unusablePasswordHash() };
    const progress = new Progress(missing.length, log);
    const batchSize = options.batchSize ?? (handle.driver === "postgres" ? 5_000 : 1_000);
    const counts = handle.postgres
      ? await loadOnPostgres(handle.postgres, missing, { context: { ...context, credentialTypeIds }, batchSize, progress, log, oneTransactionFrom: options.oneTransactionFrom })
      : await loadInBatches(db, missing, context, batchSize, progress);
    addCounts(added, counts);
    progress.finish();
  }
  const alreadyPresent = total - missing.length;

  const seconds = (performance.now() - started) / 1000;
  return { added, alreadyPresent, demoPeopleAdded, demoAccounts, announcementsAdded, seconds };
}

/** PGlite: one process, one connection, so batch after batch in turn, each in its own transaction. */
async function loadInBatches(db: Database, indices: number[], context: BatchContext, batchSize: number, progress: Progress): Promise<SeedCounts> {
  const added = emptyCounts();
  for (let from = 0; from < indices.length; from += batchSize) {
    addCounts(added, await insertBatch(db, buildBatch(indices.slice(from, from + batchSize), context)));
    progress.advance(Math.min(indices.length, from + batchSize));
  }
  return added;
}
