import type { ImportProgress, ImportReport } from "./import-records";

const count = new Intl.NumberFormat("en-US");

/**
 * The report as the CLI prints it: rejected lines first (line number and reasons, which never quote
 * a value from the file), then the totals. A dry run says so at both ends, so nobody mistakes it for
 * the real thing when only the tail of a long report is visible.
 */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  if (report.dryRun) out.push("Dry run: nothing was written. A real run of this file would do the following.", "");
  if (report.rejects.length > 0) {
    out.push(`Rejected lines (line numbers as in the file; the header is line 1):`);
    for (const reject of report.rejects) out.push(`  line ${reject.line}: ${reject.reasons.join("; ")}`);
    out.push("");
  }
  const rows: [string, number][] = [
    ["Lines read", report.linesRead],
    ["People created", report.peopleCreated],
    ["People matched (already on file)", report.peopleMatched],
    ["Credentials created", report.credentialsCreated],
    ["Credentials already present", report.credentialsAlreadyPresent],
    ["Lines rejected", report.linesRejected],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const digits = Math.max(...rows.map(([, value]) => count.format(value).length));
  for (const [label, value] of rows) out.push(`${`${label}:`.padEnd(width)}${count.format(value).padStart(digits)}`);
  if (report.dryRun) out.push("", "Dry run: nothing was written.");
  return out.join("\n");
}

export function formatProgress(progress: ImportProgress): string {
  return `… ${count.format(progress.linesDone)} of ${count.format(progress.linesTotal)} lines`;
}
