// `npm run maintenance:purge`: applies the retention policy (lib/platform/retention/purge.ts, README
// "Retention") once, now. Every portal instance already runs it hourly in its background loop; this
// is for an operator who changed a RETENTION_* period, or runs the portal without its loop (a cron
// job beside a serverless deployment). Safe while the portal serves: each DELETE is idempotent.
// Prints counts per kind only, never what was deleted. Exit status 0, or 1 on an error.
import "./load-env";
import { closeDatabase } from "@/lib/platform/db/client";
import { describePurge, purgeExpiredData } from "@/lib/platform/retention/purge";

async function main() {
  const started = performance.now();
  const report = await purgeExpiredData();
  const { count, outcome } = describePurge(report);
  console.log(`Purged ${count} rows past their retention period in ${Math.round(performance.now() - started)} ms: ${outcome}.`);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  console.error("Purge failed:", error instanceof Error ? error.message : error);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
