// `npm run records:import -- FILE.csv [--dry-run] [--strict]`: loads legacy educator records (the
// columns are documented in lib/records/import/csv-columns.ts) into DATABASE_URL, or the embedded PGlite
// in PGLITE_DIR. Exit codes: 0 the file was processed (rejected lines, if any, are listed); 1 nothing
// usable happened (bad arguments, unreadable or unusable file, bad configuration) or the import stopped
// on a database failure part-way (lines before it stay imported; re-running the file is safe);
// 2 with --strict, the file was processed but some lines were rejected.
import "./load-env";
import { readFileSync } from "node:fs";
import { ConfigError } from "@/lib/platform/config/env";
import { closeDatabase, getDatabase } from "@/lib/platform/db/client";
import { describeError } from "@/lib/records/import/database-errors";
import { formatProgress, formatReport } from "@/lib/records/import/format-report";
import { importRecords, ImportStoppedError } from "@/lib/records/import/import-records";
import { ImportFileError } from "@/lib/records/import/read-record-lines";

const usage = "Usage: npm run records:import -- FILE.csv [--dry-run] [--strict]";

function parseArguments(args: string[]): { file: string; dryRun: boolean; strict: boolean } | null {
  const files = args.filter((arg) => !arg.startsWith("--"));
  const flags = args.filter((arg) => arg.startsWith("--"));
  const unknown = flags.filter((flag) => flag !== "--dry-run" && flag !== "--strict");
  if (files.length !== 1 || unknown.length > 0) return null;
  return { file: files[0] as string, dryRun: flags.includes("--dry-run"), strict: flags.includes("--strict") };
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (!args) {
    console.error(usage);
    return 1;
  }
  let content: Buffer;
  try {
    content = readFileSync(args.file);
  } catch (error) {
    console.error(`Cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? "unknown error"}`);
    return 1;
  }

  const started = performance.now();
  const handle = getDatabase();
  const where = handle.driver === "pglite" ? "the embedded PGlite database" : "PostgreSQL";
  console.log(`${args.dryRun ? "Checking" : "Importing"} ${args.file} ${args.dryRun ? "against" : "into"} ${where}…`);
  try {
    const report = await importRecords(handle.db, content, {
      dryRun: args.dryRun,
      onProgress: (progress) => console.log(formatProgress(progress)),
    });
    console.log(formatReport(report));
    console.log(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return args.strict && report.linesRejected > 0 ? 2 : 0;
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof ConfigError) console.error(error.message);
    else if (error instanceof ImportStoppedError) {
      console.error(formatReport(error.report));
      console.error(`${error.message}\nLines before it were imported; running the same file again is safe.`);
    } else console.error(`The import failed: ${describeError(error)}`);
    return 1;
  }
}

main()
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`The import failed: ${describeError(error)}`);
    await closeDatabase().catch(() => {});
    process.exit(1);
  });
