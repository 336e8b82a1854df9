import type { BulkVerification } from "./dto";
import { fullName, statusLabels } from "./format";

export const bulkCsvColumns = [
  "row",
  "uploaded_value",
  "result",
  "educator_id",
  "name",
  "certificate_number",
  "credential",
  "area",
  "status",
  "expiration_date",
  "public_disciplinary_action",
] as const;

export const outcomeLabels: Record<BulkVerification["outcome"], string> = {
  found: "Found",
  "not-found": "Not found",
  invalid: "Not a certificate number or educator ID",
};

/**
 * A cell safe to open in a spreadsheet: quoted when needed, and a leading = + - @ (or tab/CR) made
 * inert with an apostrophe so no uploaded value or stored name runs as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * The bulk result as CSV: one line per credential found (an educator ID lists all of theirs), one
 * line for each value not found. Dates are ISO (YYYY-MM-DD) so spreadsheets sort them.
 */
export function bulkResultsCsv(results: BulkVerification[]): string {
  const lines: string[][] = [[...bulkCsvColumns]];
  for (const result of results) {
    const base = [String(result.row), result.input, outcomeLabels[result.outcome]];
    if (result.outcome !== "found" || !result.name) {
      lines.push([...base, "", "", "", "", "", "", "", ""]);
      continue;
    }
    const person = [result.publicId ?? "", fullName(result.name)];
    const action = result.hasPublicAction ? "Yes" : "No";
    if (result.credentials.length === 0) lines.push([...base, ...person, "", "No credentials on record", "", "", "", action]);
    for (const credential of result.credentials) {
      lines.push([
        ...base,
        ...person,
        credential.certificateNumber,
        credential.typeName,
        credential.area ?? "",
        statusLabels[credential.status],
        credential.expirationDate ?? "",
        action,
      ]);
    }
  }
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
