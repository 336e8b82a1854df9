import "server-only";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { queryRows, type DatabaseHandle } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { demoAccounts } from "@/lib/tooling/seed/demo-accounts";
import { demoPeople } from "@/lib/tooling/seed/demo-people";
import { seedDatabase } from "@/lib/tooling/seed/seed-database";

export const defaultBenchDatabaseUrl = "postgres://postgres@127.0.0.1:5432/portal_bench";

/** Creates the benchmark database on its server when it does not exist yet. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await client`select count(*)::int as n from pg_database where datname = ${name}`;
    if (row!.n > 0) return false;
    await client.unsafe(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export type PreparedDatabase = { educators: number; seededSeconds: number | null };

/**
 * Migrates, then seeds up to `educators` synthetic people when fewer are there (the seed is
 * idempotent and only adds what is missing), then refreshes planner statistics and the visibility
 * map so plans and index-only scans match a settled production database.
 */
export async function prepareBenchDatabase(handle: DatabaseHandle, educators: number, log: (line: string) => void): Promise<PreparedDatabase> {
  await migrateDatabase(handle);
  // The named demo people are seeded records too; they are not part of the synthetic count.
  const demo = demoPeople.length + demoAccounts.length;
  const count = async () =>
    Number((await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from educators where source = 'seed'`))[0]!.n) - demo;
  let seededSeconds: number | null = null;
  if ((await count()) < educators) {
    log(`Seeding up to ${educators.toLocaleString("en-US")} educators (this takes a while once; later runs reuse them)...`);
    const summary = await seedDatabase(handle, { educators, log });
    seededSeconds = Math.round(summary.seconds);
    log(`Seeded in ${seededSeconds} s.`);
  }
  // Quick when nothing changed: vacuum skips pages already marked all-visible.
  await handle.db.execute(sql`vacuum analyze`);
  return { educators: await count(), seededSeconds };
}
