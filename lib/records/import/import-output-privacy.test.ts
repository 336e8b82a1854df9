import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { formatProgress, formatReport } from "./format-report";
import { importRecords } from "./import-records";
import { importScenario } from "./import-scenario";
import { parseCsvDate } from "./record-fields";

provideTestDatabase();

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every form in which a line's SSN or date of birth could leak: as written, digits only, last four, ISO. */
function secretsOf(text: string): string[] {
  const rows = parse(text, { columns: true, relax_column_count: true }) as Record<string, string | undefined>[];
  const secrets = new Set<string>();
  for (const row of rows) {
    const ssn = row.ssn?.trim();
    if (ssn) {
      const ssnDigits = ssn.replace(/\D/g, "");
      for (const form of [ssn, ssnDigits, ssnDigits.slice(-4)]) if (form.length >= 4) secrets.add(form);
    }
    const birth = row.date_of_birth?.trim();
    if (birth) {
      secrets.add(birth);
      const iso = parseCsvDate(birth);
      if (iso) secrets.add(iso);
    }
  }
  return [...secrets];
}

describe("records:import output", () => {
  it("never contains a line's SSN or date of birth, in the report or on the console", async () => {
    const scenario = importScenario("945");
    const printed: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(" "));
      });
    }
    for (const dryRun of [true, false]) {
      const report = await importRecords(db, scenario.text, {
        dryRun,
        progressEvery: 1,
        onProgress: (progress) => console.log(formatProgress(progress)),
      });
      expect(report.linesRejected).toBeGreaterThan(0);
      console.log(formatReport(report));
      printed.push(JSON.stringify(report));
    }
    const output = printed.join("\n");
    expect(output).toContain("line 5:");
    const secrets = secretsOf(scenario.text);
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(output).not.toContain(secret);
  });
});
