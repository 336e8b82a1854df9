import "server-only";
import { SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";
import { log } from "./log";

export const TRACER_NAME = "credentialing-portal";

/**
 * Runs a request handler inside a server span and logs its start and finish, for handlers that want
 * a span and log lines of their own on top of what Next.js records. Attributes are set the way
 * instrumentations set them (the raw URL, query string and all), and log fields carry the raw URL:
 * keeping secrets out of the exported span and the written line is the job of the scrubbing span
 * processor and the log redactor, so nothing here depends on a caller remembering to scrub.
 */
export async function traceRequest(
  request: Request,
  handler: (request: Request) => Promise<Response>,
  tracer: Tracer = trace.getTracer(TRACER_NAME),
): Promise<Response> {
  const url = new URL(request.url);
  const method = request.method;
  const attributes = { "http.method": method, "url.full": request.url, "http.target": `${url.pathname}${url.search}` };

  return tracer.startActiveSpan(`${method} ${url.pathname}`, { kind: SpanKind.SERVER, attributes }, async (span) => {
    const started = performance.now();
    const finished = () => ({ method, url: request.url, durationMs: Math.round(performance.now() - started) });
    log.info("request.start", { method, url: request.url });
    try {
      const response = await handler(request);
      span.setAttribute("http.status_code", response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      log.info("request.finish", { ...finished(), status: response.status });
      return response;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      span.recordException(failure);
      span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
      log.error("request.failed", { ...finished(), error: failure });
      throw error;
    } finally {
      span.end();
    }
  });
}
