/**
 * The legacy-records CSV (`npm run records:import -- FILE.csv [--dry-run] [--strict]`).
 *
 * UTF-8 (a byte-order mark is fine; other encodings are refused rather than guessed), a header row,
 * then one line per credential with the person's columns repeated, or one line with the credential
 * columns empty for a person without credentials. Headers are matched ignoring case, surrounding
 * spaces, and spaces or hyphens in place of underscores ("First Name" = first_name). Any header not
 * listed here refuses the whole file before anything is written: a misspelt column would otherwise
 * be dropped silently.
 *
 * Person columns (first_name, last_name, date_of_birth and ssn are required headers):
 *   first_name, middle_name, last_name, suffix   letters, spaces, hyphens, apostrophes, periods
 *   former_last_names    earlier last names separated by ";" (e.g. a maiden name); searchable
 *   date_of_birth        MM/DD/YYYY or YYYY-MM-DD, a real date at least 16 years ago
 *   ssn                  nine digits, with or without dashes (123-45-6789 or 123456789)
 *   show_former_names    true/false (yes/no, 1/0); empty = true. Only used when the record is created.
 *   email_on_file        an email address the agency holds for the person; optional. Only used when the
 *                        record is created; it is written to only to warn of a claim after failed searches.
 *
 * Credential columns (optional headers; on a line, either all of the required ones or none):
 *   credential_type      a credential type code (lib/credentials/credential-types.ts), required
 *   certificate_number   unique across the agency, required
 *   status               active, expired, suspended, revoked or surrendered, required
 *   effective_date       MM/DD/YYYY or YYYY-MM-DD, required
 *   expiration_date      same formats, on or after effective_date; empty = does not expire
 *   area, grade_range    free text (e.g. "Mathematics", "8–12")
 *   rank                 I, II or III (Kentucky salary rank)
 *
 * The sample file beside this one (sample-records.csv) uses synthetic SSNs from the never-issued
 * 900-999 area; its last line is wrong on purpose, to show what a rejected line looks like.
 */
export const personColumns = [
  "first_name",
  "middle_name",
  "last_name",
  "suffix",
  "former_last_names",
  "date_of_birth",
  "ssn",
  "show_former_names",
  "email_on_file",
] as const;

export const credentialColumns = [
  "credential_type",
  "certificate_number",
  "area",
  "grade_range",
  "rank",
  "status",
  "effective_date",
  "expiration_date",
] as const;

export const recordColumns = [...personColumns, ...credentialColumns] as const;
export type RecordColumn = (typeof recordColumns)[number];
export type CredentialColumn = (typeof credentialColumns)[number];

export const requiredHeaders: readonly RecordColumn[] = ["first_name", "last_name", "date_of_birth", "ssn"];

/** One data line's values by column; a column the file does not have reads as "". */
export type RecordLineValues = Record<RecordColumn, string>;

const known = new Set<string>(recordColumns);

export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** Header names are echoed in messages, so keep them printable and short. */
function quoted(header: string): string {
  const printable = header.replace(/[^\x20-\x7e]/g, "?");
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}

/**
 * Maps the header row to known columns, or lists every problem with it (unknown, duplicated,
 * unnamed or missing columns) so the operator can fix the file in one go.
 */
export function mapHeader(headers: string[]): { columns: RecordColumn[] } | { problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const columns: RecordColumn[] = [];
  headers.forEach((header, index) => {
    const name = normalizeHeader(header);
    if (!name) problems.push(`column ${index + 1} has no name`);
    else if (!known.has(name)) problems.push(`unknown column ${quoted(header)}`);
    else if (seen.has(name)) problems.push(`column ${quoted(header)} appears more than once`);
    seen.add(name);
    columns.push(name as RecordColumn);
  });
  for (const required of requiredHeaders) {
    if (!seen.has(required)) problems.push(`required column "${required}" is missing`);
  }
  if (problems.length > 0) {
    problems.push(`known columns: ${recordColumns.join(", ")}`);
    return { problems };
  }
  return { columns };
}

export function emptyLineValues(): RecordLineValues {
  return Object.fromEntries(recordColumns.map((column) => [column, ""])) as RecordLineValues;
}
