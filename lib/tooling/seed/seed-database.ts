import "server-only";
import { today as currentDay } from "@/lib/platform/clock";
import type { DatabaseHandle } from "@/lib/platform/db/client";
import { ensureCredentialTypes } from "@/lib/credentials/credential-types";
import { currentPiiKeys } from "@/lib/platform/security/pii";
import { seedAnnouncements } from "./announcements";
import { unusablePasswordHash } from "./bulk-accounts";
import { credentialCatalog } from "./credential-catalog";
import { maxSeedEducators } from "./people";
import { Progress } from "./progress";
import { buildBatch, emptyCounts, insertBatch, missingIndices, type BatchContext, type SeedCounts } from "./seed-batch";
import { seedDemoAccounts, seedDemoPeople, type DemoAccountsOutcome } from "./seed-demo";
import { seedDemoStaff } from "./seed-demo-staff";

export const defaultSeedEducators = 2_000;

export type SeedOptions = {
  /** How many synthetic educators should exist (indices 0..n-1); existing ones are kept, not rebuilt. */
  educators: number;
  log?: (line: string) => void;
  /** Educators per transaction; the default suits each driver. */
  batchSize?: number;
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
  const catalog = credentialCatalog(await ensureCredentialTypes(db));
  const demoContext = { today, catalog, keys: currentPiiKeys() };

  const announcementsAdded = await seedAnnouncements(db, today);
  const demoPeopleAdded = await seedDemoPeople(db, demoContext);
  const demoAccounts = await seedDemoAccounts(db, demoContext);
  if (demoAccounts.refused) {
    log("NODE_ENV is production: demo accounts with published passwords were NOT created (records only).");
  }
  await seedDemoStaff(db);

  let context: BatchContext | undefined; // made on first use: a re-run with nothing missing skips the hash
  const added = emptyCounts();
  const addCounts = (counts: SeedCounts) => {
    for (const key of Object.keys(added) as (keyof SeedCounts)[]) added[key] += counts[key];
  };
  // Demo records count as added rows too, but not as synthetic educators already present.
  added.educators += demoPeopleAdded;

  const batchSize = options.batchSize ?? (handle.driver === "postgres" ? 5_000 : 1_000);
  const progress = new Progress(total, log);
  let pending: Promise<SeedCounts> | undefined;
  let alreadyPresent = 0;
  for (let from = 0; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    const missing = await missingIndices(db, from, to);
    alreadyPresent += to - from - missing.length;
    if (missing.length > 0) context ??= { ...demoContext, passwordHash: await unusablePasswordHash() };
    const batch = missing.length > 0 && context ? buildBatch(missing, context) : undefined;
    // On PostgreSQL the previous batch commits on its own connection while this one was being built;
    // PGlite is one connection in this process, so there each batch simply runs in turn.
    if (pending) addCounts(await pending);
    pending = batch ? insertBatch(db, batch) : undefined;
    // Awaited below; until then a failure must not count as an unhandled rejection and kill the process.
    pending?.catch(() => {});
    if (handle.driver === "pglite" && pending) {
      addCounts(await pending);
      pending = undefined;
    }
    progress.advance(to);
  }
  if (pending) addCounts(await pending);
  progress.finish();

  const seconds = (performance.now() - started) / 1000;
  return { added, alreadyPresent, demoPeopleAdded, demoAccounts, announcementsAdded, seconds };
}
