import "server-only";
import type { Instrumentation } from "next";
import { log } from "./log";
import { scrubUrl } from "./sensitive-text";

type RequestErrorArgs = Parameters<Instrumentation.onRequestError>;

/** The only request headers an error report may carry, under the names the log allow-list knows. */
const REPORTED_HEADERS = { "user-agent": "userAgent", "x-request-id": "requestId", "next-action": "actionId" } as const;

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Next.js's onRequestError, as one structured line: route, method, digest and the error (name,
 * scrubbed message and stack) for the server log only; the person who hit the error sees the generic
 * error page (LOG-3). Never the body, never cookies or other headers, never the query string.
 */
export function logRequestError(...[error, request, context]: RequestErrorArgs): void {
  const headers: Record<string, string | undefined> = {};
  for (const [header, field] of Object.entries(REPORTED_HEADERS)) {
    headers[field] = firstValue(request.headers[header]);
  }
  const failure = error instanceof Error ? error : new Error(typeof error === "string" ? error : "non-error thrown");
  const digest = (error as { digest?: unknown } | null)?.digest;

  log.error("request.error", {
    method: request.method,
    path: scrubUrl(request.path),
    route: context.routePath,
    routeType: context.routeType,
    routerKind: context.routerKind,
    renderSource: context.renderSource,
    revalidateReason: context.revalidateReason,
    digest: typeof digest === "string" ? digest : undefined,
    ...headers,
    error: failure,
  });
}
