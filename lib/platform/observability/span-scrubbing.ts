import "server-only";
import type { AttributeValue, Attributes } from "@opentelemetry/api";
import type { ReadableSpan, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { SAFE_LOG_KEYS } from "./redact-fields";
import { isSsnShapedNumber, maskPersonalData, scrubText, stripQueryStrings } from "./sensitive-text";

/**
 * Span attributes pass an allow-list before export, like log fields (LOG-2). Whole namespaces that
 * describe the transport and the framework are kept (Next.js's own `next.*`, HTTP and URL semantic
 * conventions); anything else (request bodies, headers, database statements, whatever a future
 * instrumentation adds) is dropped. The app's own safe log keys are allowed as attributes too.
 */
const SAFE_ATTRIBUTE_PREFIXES = [
  "http.", "url.", "net.", "network.", "server.", "user_agent.", "next.", "vercel.",
  "operation.", "resource.", "span.", "error.", "exception.",
];
const DROPPED_ATTRIBUTES = new Set(["url.query", "url.fragment", "http.request.body", "http.response.body"]);
const DROPPED_ATTRIBUTE_PREFIXES = ["http.request.header.", "http.response.header."];
// Free text that is worth keeping masked rather than dropping: an error's message and stack.
const MASKED_ATTRIBUTES = new Set(["exception.message", "exception.stacktrace"]);

export function isSafeAttributeKey(key: string): boolean {
  if (DROPPED_ATTRIBUTES.has(key) || DROPPED_ATTRIBUTE_PREFIXES.some((prefix) => key.startsWith(prefix))) return false;
  return SAFE_LOG_KEYS.has(key) || SAFE_ATTRIBUTE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** The value to export for an attribute, or undefined to drop it. */
function exportableValue(key: string, value: AttributeValue | undefined): AttributeValue | undefined {
  if (value === undefined || !isSafeAttributeKey(key)) return undefined;
  if (typeof value === "number") return isSsnShapedNumber(value) ? undefined : value;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (MASKED_ATTRIBUTES.has(key)) return scrubText(value);
    const withoutQuery = stripQueryStrings(value);
    // An attribute still holding SSN-, date- or email-shaped content is not safe to export.
    return maskPersonalData(withoutQuery) === withoutQuery ? withoutQuery : undefined;
  }
  // Arrays: one unsafe element drops the whole attribute.
  const items: unknown[] = [];
  for (const item of value as ReadonlyArray<string | number | boolean | null | undefined>) {
    const kept = item === null || item === undefined ? item : exportableValue(key, item);
    if (kept === undefined && item !== undefined) return undefined;
    items.push(kept);
  }
  return items as AttributeValue;
}

/** Rewrites an attribute map in place: unsafe keys dropped, URLs cut at the query string. */
export function scrubAttributes(attributes: Attributes): void {
  for (const [key, value] of Object.entries(attributes)) {
    const kept = exportableValue(key, value);
    if (kept === undefined) delete attributes[key];
    else attributes[key] = kept;
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Scrubs an ended span in place: its name, status message, attributes, events and links. */
export function scrubSpan(span: ReadableSpan): void {
  const writable = span as Writable<ReadableSpan>;
  // Next.js names fetch spans "fetch GET https://host/path?query"; the name is exported as is.
  writable.name = scrubText(span.name);
  if (span.status.message) writable.status = { ...span.status, message: scrubText(span.status.message) };
  scrubAttributes(span.attributes);
  for (const event of span.events) {
    (event as Writable<typeof event>).name = scrubText(event.name);
    if (event.attributes) scrubAttributes(event.attributes);
  }
  for (const link of span.links) if (link.attributes) scrubAttributes(link.attributes);
}

/**
 * Why a processor that mutates in onEnd, placed first: @vercel/otel 2.1.3 builds its tracer
 * provider around one composite processor that calls the configured `spanProcessors` in order
 * (its "auto" entry expands to the batch processors that export to Vercel and to the OTLP endpoint
 * from the OTEL_* variables). It forwards neither `onEnding` (where a span could still be changed
 * through its API) nor lets us wrap the "auto" exporters. Ended spans are handed to every
 * processor as the same object, and the batch processors only serialise them later, so scrubbing
 * that object in the first processor's onEnd means every exporter, "auto" or not, sends the
 * scrubbed span, Next.js's own spans included. register-otel.test.ts holds @vercel/otel to this.
 */
export class ScrubbingSpanProcessor implements SpanProcessor {
  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    scrubSpan(span);
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
