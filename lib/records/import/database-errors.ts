/**
 * Database errors, described without their payload. Drizzle's own error message quotes the query's
 * parameters (ciphertexts, fingerprints, dates of birth) and PostgreSQL's data-exception messages
 * quote the offending value, so neither is ever printed: only the SQLSTATE, the constraint name and,
 * for errors that cannot carry row data, the server's message.
 */
type DriverError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown; cause?: unknown };

/** The innermost error carrying a SQLSTATE (postgres.js and PGlite both set `code`). */
function withSqlState(error: unknown): (DriverError & { code: string }) | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as DriverError;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate as DriverError & { code: string };
    current = candidate.cause;
  }
  return null;
}

export function sqlStateOf(error: unknown): string | null {
  return withSqlState(error)?.code ?? null;
}

export function constraintOf(error: unknown): string | null {
  const found = withSqlState(error);
  const name = found?.constraint ?? found?.constraint_name;
  return typeof name === "string" ? name : null;
}

/** Integrity (23) and data (22) errors are about one line's values; anything else stops the import. */
export function isLineError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== null && (state.startsWith("22") || state.startsWith("23"));
}

export function describeError(error: unknown): string {
  const found = withSqlState(error);
  if (found) {
    const hint = found.code === "42P01" ? " (has the database been migrated? npm run db:migrate)" : "";
    const message = found.code.startsWith("22") || found.code.startsWith("23") ? "" : `: ${String(found.message)}`;
    return `database error ${found.code}${message}${hint}`;
  }
  let innermost: unknown = error;
  while ((innermost as DriverError)?.cause) innermost = (innermost as DriverError).cause;
  // Drizzle's wrapper ("Failed query: ... params: ...") is never the innermost error.
  if (innermost instanceof Error && !innermost.message.startsWith("Failed query")) return innermost.message;
  return "unexpected error";
}
