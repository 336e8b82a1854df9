import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { emptyLineValues, mapHeader, type RecordLineValues } from "./csv-columns";

/** The file as a whole cannot be imported; thrown before anything is written. */
export class ImportFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The file cannot be imported:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ImportFileError";
  }
}

/** `line` is the line the record starts on, as an editor shows it (the header is line 1). */
export type RecordLine = { line: number; values: RecordLineValues } | { line: number; problem: string };

const csvProblems: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  INVALID_OPENING_QUOTE: "a quote appears inside an unquoted field",
  CSV_INVALID_CLOSING_QUOTE: "a closing quote is followed by something other than a comma",
  CSV_MAX_RECORD_SIZE: "a line is far longer than any record could be",
};

type ParsedRecord = { record: string[]; info: { bytes: number } };

/**
 * Reads the whole file before anything is imported, so that a file which is not UTF-8, not CSV, or has
 * unknown columns is refused with nothing written. (Legacy exports are often Windows-1252; decoding
 * those as UTF-8 would silently mangle every accented name.) The csv-parse error messages quote field
 * values, so only their codes and line numbers are passed on.
 */
export function readRecordLines(input: Buffer | string): RecordLine[] {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(["the file is not UTF-8 text (save it as \"CSV UTF-8\")"]);
  }

  let records: ParsedRecord[];
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ["\r\n", "\n"],
      max_record_size: 100_000,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const near = (error as CsvError & { lines?: number }).lines;
    const problem = csvProblems[error.code] ?? `it is not valid CSV (${error.code})`;
    throw new ImportFileError([`${problem}${near ? ` (near line ${near})` : ""}`]);
  }

  const lineNumbers = startLines(bytes, records);
  const [header, ...rows] = records;
  if (!header) throw new ImportFileError(["the file is empty (it needs a header row)"]);
  const mapped = mapHeader(header.record);
  if ("problems" in mapped) throw new ImportFileError(mapped.problems);

  const lines: RecordLine[] = [];
  rows.forEach(({ record }, index) => {
    const line = lineNumbers[index + 1] as number;
    // A line of spaces (or of commas only) is a blank line to a person reading the file.
    if (record.every((value) => value.trim() === "")) return;
    if (record.length !== mapped.columns.length) {
      lines.push({ line, problem: `the line has ${record.length} fields; the header has ${mapped.columns.length}` });
      return;
    }
    const values = emptyLineValues();
    mapped.columns.forEach((column, position) => {
      values[column] = record[position] ?? "";
    });
    lines.push({ line, values });
  });
  return lines;
}

/**
 * The line each record starts on. csv-parse's own `info.lines` is where a record ends, and miscounts
 * CRLF inside quoted fields, so count newlines up to each record's start offset instead: a record
 * starts where the previous one ended, after any blank lines the parser skipped.
 */
function startLines(bytes: Buffer, records: ParsedRecord[]): number[] {
  const starts: number[] = [];
  let position = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  for (const { info } of records) {
    while (bytes[position] === 0x0a || bytes[position] === 0x0d) {
      if (bytes[position] === 0x0a) line += 1;
      position += 1;
    }
    starts.push(line);
    for (; position < info.bytes; position += 1) {
      if (bytes[position] === 0x0a) line += 1;
    }
  }
  return starts;
}
