import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { parseIdentifier, type Identifier } from "./identifiers";

export const maxBulkRows = 500;
export const maxBulkBytes = 100 * 1024;

/** One uploaded value, numbered by its line in the file so the clerk can find it again. */
export type BulkEntry = { row: number; input: string; identifier: Identifier };

export type BulkParse = { ok: true; entries: BulkEntry[] } | { ok: false; error: string };

const headerWords = /^(certificate|cert\b|educator|public|id\b|number|no\.?$|#)/i;

/**
 * Reads an uploaded CSV of certificate numbers or educator IDs: one per row, in the first column or
 * in the column whose header names one. A header row is optional; blank rows are skipped. An SSN typed
 * by mistake is never echoed back (the entry keeps no trace of it).
 */
export function parseBulkCsv(text: string): BulkParse {
  if (text.includes("\u0000")) return { ok: false, error: "The file must be a CSV file (plain text), not a spreadsheet or document" };
  let records: { record: string[]; line: number }[];
  try {
    records = (parse(text.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      max_record_size: 4096,
    }) as unknown as { record: string[]; info: { lines: number } }[]).map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    const line = error instanceof CsvError && typeof (error as { lines?: number }).lines === "number" ? ` (near line ${(error as { lines?: number }).lines})` : "";
    return { ok: false, error: `The file could not be read as CSV${line}. Save it as "CSV" and upload it again` };
  }
  let column = 0;
  const first = records[0]?.record ?? [];
  if (first.some((cell) => headerWords.test(cell))) {
    const named = first.findIndex((cell) => /certificate|educator|id/i.test(cell));
    column = Math.max(0, named);
    records = records.slice(1);
  }
  const rows = records.filter(({ record }) => record.some((cell) => cell !== ""));
  if (rows.length === 0) return { ok: false, error: "The file has no certificate numbers or educator IDs" };
  if (rows.length > maxBulkRows) {
    return { ok: false, error: `The file has ${rows.length.toLocaleString("en-US")} rows; upload at most ${maxBulkRows} at a time` };
  }
  return { ok: true, entries: rows.map(({ record, line }) => toEntry(line, record[column] ?? "")) };
}

export function toEntry(row: number, cell: string): BulkEntry {
  const identifier = parseIdentifier(cell);
  return { row, input: identifier.kind === "ssn" ? "" : cell.trim().slice(0, 40), identifier };
}
