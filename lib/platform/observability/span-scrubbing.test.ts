import { describe, expect, it } from "vitest";
import { SpanStatusCode } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { isSafeAttributeKey, ScrubbingSpanProcessor } from "./span-scrubbing";

function exportOneSpan(record: (span: ReturnType<ReturnType<BasicTracerProvider["getTracer"]>["startSpan"]>) => void) {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [new ScrubbingSpanProcessor(), new SimpleSpanProcessor(exporter)],
  });
  const span = provider.getTracer("test").startSpan("fetch GET https://api.example.com/v1/find?ssn=987-65-4321");
  record(span);
  span.end();
  const [exported] = exporter.getFinishedSpans();
  if (!exported) throw new Error("no span exported");
  return exported;
}

describe("ScrubbingSpanProcessor", () => {
  it("cuts query strings from URL attributes and the span name, and drops url.query", () => {
    const span = exportOneSpan((s) =>
      s.setAttributes({
        "http.url": "https://api.example.com/v1/find?ssn=987-65-4321",
        "url.full": "http://localhost:3000/reset-password?token=abc#x",
        "http.target": "/reset-password?token=abc",
        "url.query": "token=abc",
        "http.route": "/reset-password",
        "next.route": "/reset-password",
        "http.status_code": 200,
      }),
    );
    expect(span.name).toBe("fetch GET https://api.example.com/v1/find");
    expect(span.attributes).toEqual({
      "http.url": "https://api.example.com/v1/find",
      "url.full": "http://localhost:3000/reset-password",
      "http.target": "/reset-password",
      "http.route": "/reset-password",
      "next.route": "/reset-password",
      "http.status_code": 200,
    });
  });

  it("drops attributes off the allow-list and attributes holding SSN-, date- or email-shaped values", () => {
    const span = exportOneSpan((s) =>
      s.setAttributes({
        "app.ssn": "987-65-4321",
        "db.statement": "select * from educators where ssn_fingerprint = $1",
        "http.request.header.cookie": "session=abc",
        "http.target": "/search/987654321",
        "next.segment": "born 1947-03-01",
        "user_agent.original": "curl/8 end.user@example.org",
        "http.response_content_length": 987654321,
        "http.request.method": "POST",
        outcome: "failure",
      }),
    );
    expect(span.attributes).toEqual({ "http.request.method": "POST", outcome: "failure" });
  });

  it("masks the exception message and stack and the status message rather than dropping them", () => {
    const span = exportOneSpan((s) => {
      s.recordException(new Error("no record for 987-65-4321 born 03/01/1947"));
      s.setStatus({ code: SpanStatusCode.ERROR, message: "failed for end.user@example.org" });
    });
    expect(span.events[0]?.attributes?.["exception.message"]).toBe("no record for [SSN] born [DATE]");
    expect(String(span.events[0]?.attributes?.["exception.stacktrace"])).not.toContain("987-65-4321");
    expect(span.status.message).toBe("failed for [EMAIL]");
  });

  it("keeps Next.js's, HTTP's and the app's safe attribute keys", () => {
    for (const key of ["next.span_type", "http.method", "url.path", "operation.name", "limiter", "error.type"]) {
      expect(isSafeAttributeKey(key)).toBe(true);
    }
    for (const key of ["url.query", "http.request.header.authorization", "enduser.id", "password", "db.statement"]) {
      expect(isSafeAttributeKey(key)).toBe(false);
    }
  });
});
