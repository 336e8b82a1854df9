/**
 * PostgreSQL's COPY text format, for the seed's bulk load: one line a row, columns separated by tabs,
 * NULL as \N, and backslash, tab, newline and carriage return escaped. Values are written as the
 * JSON bulk insert sends them (a Date as its ISO string, a boolean as true/false), so both paths
 * store the same text through the same casts.
 */
const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return special.test(text) ? text.replace(specials, (character) => escapes[character]!) : text;
}

/** The rows' values under `keys`, in that order, as COPY lines; a row without a key has NULL there. */
export function copyLines(rows: readonly object[], keys: readonly string[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(keys.map((key) => copyValue(record[key])).join("\t"));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
