// `npm run db:migrate`: applies drizzle/ migrations to DATABASE_URL, or to the embedded PGlite in
// PGLITE_DIR. Needs nothing but the database's address, so it can run as its own deployment step.
import "./load-env";
import { closeDatabase, getDatabase } from "@/lib/platform/db/client";
import { migrateDatabase } from "@/lib/platform/db/migrate";
import { ensureApplicationTypes } from "@/lib/applications/catalog";

async function main() {
  const started = performance.now();
  const handle = getDatabase();
  await migrateDatabase(handle);
  // Application types are data the code seeds (lib/applications/catalog.ts): missing ones only, edits kept.
  await ensureApplicationTypes(handle.db);
  console.log(`Migrated the ${handle.driver === "pglite" ? "embedded PGlite" : "PostgreSQL"} database in ${Math.round(performance.now() - started)} ms.`);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
