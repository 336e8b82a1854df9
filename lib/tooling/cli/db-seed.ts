// `npm run db:seed [-- --educators N]`: the demo and benchmark data set (lib/tooling/seed). Deterministic
// and idempotent: re-running adds nothing, a larger N adds only the missing educators. Run
// `npm run db:migrate` first. In production the records are seeded but demo accounts with published
// passwords are refused (see seedDemoAccounts), and nothing is seeded at all without `--demo`.
import "./load-env";
import { closeDatabase, getDatabase } from "@/lib/platform/db/client";
import { ensureApplicationTypes } from "@/lib/applications/catalog";
import { demoListing } from "@/lib/tooling/seed/demo-listing";
import { defaultSeedEducators, seedDatabase } from "@/lib/tooling/seed/seed-database";
import { seedReport } from "@/lib/tooling/seed/seed-report";
import { demoFlagFrom, syntheticSeedRefusal } from "@/lib/tooling/seed/production-refusal";
import { getConfig } from "@/lib/platform/config/env";

const usage = "Usage: npm run db:seed [-- --educators N] [--demo]   (default 2,000; up to 10,000,000; --demo needed in production)";

function educatorsFrom(args: string[]): number {
  let value: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      console.log(usage);
      process.exit(0);
    } else if (arg === "--educators") value = args[(i += 1)];
    else if (arg.startsWith("--educators=")) value = arg.slice("--educators=".length);
    else throw new Error(`unknown argument ${arg}\n${usage}`);
  }
  if (value === undefined) return defaultSeedEducators;
  const educators = Number(value.replace(/[_,]/g, ""));
  if (!Number.isInteger(educators) || educators < 0) throw new Error(`--educators needs a whole number, got ${value}\n${usage}`);
  return educators;
}

async function main() {
  const { demo, rest } = demoFlagFrom(process.argv.slice(2));
  const educators = educatorsFrom(rest);
  const config = getConfig(); // validates the configuration (PII keys) before anything is written
  const refusal = syntheticSeedRefusal({ production: config.isProduction, demo, script: "db:seed" });
  if (refusal) throw new Error(refusal);
  const handle = getDatabase();
  const where = handle.driver === "pglite" ? `the embedded PGlite database (${config.PGLITE_DIR})` : "PostgreSQL (DATABASE_URL)";
  console.log(`Seeding ${where} with ${educators.toLocaleString("en-US")} synthetic educators plus the demo people...`);
  // The application types too (missing ones only), for a database migrated before they existed.
  await ensureApplicationTypes(handle.db);
  const summary = await seedDatabase(handle, { educators, log: (line) => console.log(line) });
  for (const line of seedReport(summary, educators)) console.log(line);
  for (const line of demoListing({ includeAccounts: !config.isProduction })) console.log(line);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error("Seeding failed:", message);
  if (/relation .* does not exist/.test(message)) console.error("The schema is missing: run `npm run db:migrate` first.");
  await closeDatabase().catch(() => {});
  process.exit(1);
});
