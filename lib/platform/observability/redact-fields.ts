import "server-only";
import { isSsnShapedNumber, scrubText } from "./sensitive-text";

/**
 * Log fields are redacted by allow-list (LOG-2), as login.gov's SAFE_KEYS: a key on this list keeps
 * its value (still scrubbed, see sensitive-text.ts); every other key's value becomes "[FILTERED]".
 * So `log.info("registration.attempt", { ...formBody })` can never write an SSN, a date of birth, a
 * password or an email address, whatever the form calls them. Add a key here only when its values
 * can never be personal data or secrets; usernames and emails are logged as fingerprints (LOG-1).
 */
export const SAFE_LOG_KEYS: ReadonlySet<string> = new Set([
  // what happened
  "event", "outcome", "reason", "code", "problems", "phase", "attempt", "count", "limit",
  // who, as internal ids and fingerprints only
  "userId", "educatorId", "usernameFingerprint", "emailFingerprint", "keyId", "ip", "userAgent",
  // the request
  "requestId", "traceId", "spanId", "route", "routeType", "routerKind", "renderSource",
  "revalidateReason", "path", "url", "method", "status", "durationMs", "actionId", "digest",
  // rate limits, mail and background work
  "limiter", "windowSeconds", "retryAfterSeconds", "transport", "outboxId", "batchSize",
  // errors (serialised as name, scrubbed message and stack)
  "error",
]);

export const FILTERED = "[FILTERED]";

// Deeper structures are not what log fields are for; cut them off rather than walk them.
const MAX_DEPTH = 4;

export type SerializedError = { name: string; message: string; stack?: string; digest?: string };

/** An error as a log line may show it, server-side only: name, scrubbed message and stack. */
export function serializeError(error: Error): SerializedError {
  const digest = (error as { digest?: unknown }).digest;
  return {
    name: error.name,
    message: scrubText(error.message),
    ...(error.stack ? { stack: scrubText(error.stack) } : {}),
    ...(typeof digest === "string" ? { digest: scrubText(digest) } : {}),
  };
}

function redactValue(value: unknown, depth: number): unknown {
  if (value === null || value === undefined || typeof value === "boolean") return value;
  if (typeof value === "string") return scrubText(value);
  if (typeof value === "number") return isSsnShapedNumber(value) ? FILTERED : value;
  if (typeof value === "bigint") return scrubText(value.toString());
  if (value instanceof Error) return serializeError(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : scrubText(value.toISOString());
  if (depth >= MAX_DEPTH) return FILTERED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (typeof value === "object") return redactObject(value as Record<string, unknown>, depth + 1);
  return FILTERED;
}

function redactObject(fields: Record<string, unknown>, depth: number): Record<string, unknown> {
  const redacted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    // Unknown keys keep their name (so a reader sees that something was there), scrubbed in case a
    // caller keyed an object by email or SSN.
    if (SAFE_LOG_KEYS.has(key)) redacted[key] = redactValue(value, depth);
    else redacted[scrubText(key)] = FILTERED;
  }
  return redacted;
}

/** The fields of one log entry, as they may be written. Nested objects follow the same rules. */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  return redactObject(fields, 0);
}
