// `npm run db:prepare` (run by `npm run dev` before `next dev`): migrates the database and, when it
// holds no educators yet, seeds the default demo set, then prints the demo people and accounts. Works
// on a fresh clone: getConfig() generates development secrets into .data/ and PGlite creates its
// directory. Closes the database at the end, because PGlite must not be opened by two processes and
// `next dev` opens it next. With NODE_ENV=production it migrates but seeds only with `--demo`.
import "./load-env";
import { count } from "drizzle-orm";
import { getConfig } from "@/lib/platform/config/env";
import { closeDatabase, getDatabase } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { ensureApplicationTypes } from "@/lib/applications/catalog";
import { educators } from "@/lib/platform/db/schema";
import { demoListing } from "@/lib/tooling/seed/demo-listing";
import { defaultSeedEducators, seedDatabase } from "@/lib/tooling/seed/seed-database";
import { seedReport } from "@/lib/tooling/seed/seed-report";
import { demoFlagFrom, syntheticSeedRefusal } from "@/lib/tooling/seed/production-refusal";

async function main() {
  const started = performance.now();
  const config = getConfig();
  const handle = getDatabase();
  await migrateDatabase(handle);
  // Application types are data the code seeds (lib/applications/catalog.ts): missing ones only, edits kept.
  await ensureApplicationTypes(handle.db);
  const where = handle.driver === "pglite" ? `embedded PGlite (${config.PGLITE_DIR})` : "PostgreSQL";
  console.log(`Database ready: ${where}, migrated in ${Math.round(performance.now() - started)} ms.`);

  const [row] = await handle.db.select({ value: count() }).from(educators);
  const existing = row?.value ?? 0;
  const refusal = syntheticSeedRefusal({ production: config.isProduction, demo: demoFlagFrom(process.argv.slice(2)).demo, script: "db:prepare" });
  if (existing === 0 && refusal) {
    await closeDatabase();
    throw new Error(refusal);
  }
  if (existing === 0) {
    console.log(`No educators yet: seeding the demo set (${defaultSeedEducators.toLocaleString("en-US")} synthetic educators)...`);
    const summary = await seedDatabase(handle, { educators: defaultSeedEducators, log: (line) => console.log(line) });
    for (const line of seedReport(summary, defaultSeedEducators)) console.log(line);
  } else {
    console.log(`${existing.toLocaleString("en-US")} educators already present: not seeding (\`npm run db:seed\` adds what is missing).`);
  }
  for (const line of demoListing({ includeAccounts: !config.isProduction })) console.log(line);
  await closeDatabase();
  console.log(`db:prepare finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch(async (error: unknown) => {
  console.error("db:prepare failed:", error instanceof Error ? error.message : error);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
