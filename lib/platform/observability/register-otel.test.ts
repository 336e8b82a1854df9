import { afterEach, describe, expect, it, vi } from "vitest";
import { trace } from "@opentelemetry/api";
import { SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { registerOTel } from "@vercel/otel";
import { resetConfig } from "@/lib/platform/config/env";
import { redirectLogs } from "./log";
import { otelConfiguration, SERVICE_NAME, tracesHaveADestination, validateConfigurationOrExit } from "./node-instrumentation";
import { logRequestError } from "./request-error";
import { ScrubbingSpanProcessor } from "./span-scrubbing";

/**
 * Serialises each span the moment it is exported, as OTLP does: unlike InMemorySpanExporter, which
 * keeps the span object (and so would show changes made after export), it fails if the scrubber ran
 * after an exporter instead of before.
 */
class SnapshotExporter implements SpanExporter {
  readonly snapshots: Array<Pick<ReadableSpan, "name" | "attributes" | "events">> = [];
  export(spans: ReadableSpan[], done: (result: { code: number }) => void): void {
    for (const { name, attributes, events } of spans) this.snapshots.push(JSON.parse(JSON.stringify({ name, attributes, events })));
    done({ code: 0 });
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

// Through @vercel/otel's own provider and composite processor, as the server runs it: the only
// difference from production is a snapshotting exporter in place of "auto".
describe("otelConfiguration with registerOTel", () => {
  it("puts the scrubber ahead of the exporters and names the service", () => {
    const configuration = otelConfiguration();
    expect(configuration.serviceName).toBe(SERVICE_NAME);
    expect(configuration.spanProcessors?.[0]).toBeInstanceOf(ScrubbingSpanProcessor);
    expect(configuration.spanProcessors?.slice(1)).toEqual(["auto"]);
  });

  it("exports spans scrubbed, as Next.js records them", async () => {
    const exporter = new SnapshotExporter();
    registerOTel(otelConfiguration([new SimpleSpanProcessor(exporter)]));

    // What Next.js's base server does for every request: http.target is the raw req.url.
    const tracer = trace.getTracer("next.js", "16.4.6");
    const span = tracer.startSpan("POST", { attributes: { "http.method": "POST", "http.target": "/register/create?token=abc123secrettoken" } });
    span.setAttributes({ "next.route": "/register/create", "http.route": "/register/create", "http.status_code": 500 });
    span.recordException(new Error("duplicate ssn 987-65-4321"));
    span.updateName("POST /register/create?token=abc123secrettoken");
    span.end();

    const [exported] = exporter.snapshots;
    const written = JSON.stringify(exported);
    expect(written).not.toContain("abc123secrettoken");
    expect(written).not.toContain("987-65-4321");
    expect(exported?.name).toBe("POST /register/create");
    expect(exported?.attributes).toMatchObject({ "http.target": "/register/create", "next.route": "/register/create" });
    // @vercel/otel's own composite still adds its attributes; they survive the allow-list.
    expect(exported?.attributes["operation.name"]).toBeDefined();
  });
});

describe("tracesHaveADestination", () => {
  it("registers the SDK only when something would receive the spans", () => {
    expect(tracesHaveADestination({})).toBe(false);
    expect(tracesHaveADestination({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })).toBe(true);
    expect(tracesHaveADestination({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:4318/v1/traces" })).toBe(true);
    expect(tracesHaveADestination({ OTEL_TRACES_EXPORTER: "console" })).toBe(true);
    expect(tracesHaveADestination({ VERCEL_OTEL_ENDPOINTS: "1" })).toBe(true);
  });

  it("respects the standard ways of turning tracing off", () => {
    expect(tracesHaveADestination({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" })).toBe(false);
    expect(tracesHaveADestination({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_TRACES_EXPORTER: "none" })).toBe(false);
    expect(tracesHaveADestination({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBe(false);
  });
});

describe("startup and request errors", () => {
  const originalAppUrl = process.env.APP_URL;
  afterEach(() => {
    process.env.APP_URL = originalAppUrl;
    resetConfig();
    redirectLogs();
    vi.restoreAllMocks();
  });

  it("refuses to start with an invalid configuration, naming the variable in one JSON line", () => {
    const lines: string[] = [];
    redirectLogs({ sink: (line) => lines.push(line), level: "info" });
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    process.env.APP_URL = "ftp://not-a-portal";
    resetConfig();

    validateConfigurationOrExit();

    expect(exit).toHaveBeenCalledWith(1);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ level: "error", event: "config.invalid", outcome: "refused-to-start" });
    expect(entry.problems.join(" ")).toContain("APP_URL");
  });

  it("starts quietly with a valid configuration", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    validateConfigurationOrExit();
    expect(exit).not.toHaveBeenCalled();
  });

  it("logs request errors with the path's query string, the body and unlisted headers left out", () => {
    const lines: string[] = [];
    redirectLogs({ sink: (line) => lines.push(line), level: "info" });
    const error = Object.assign(new Error("lookup failed for 987-65-4321"), { digest: "1234567" });

    logRequestError(
      error,
      { path: "/reset-password?token=abc123secrettoken", method: "POST",
        headers: { cookie: "authjs.session-token=abc123secrettoken", "user-agent": "Firefox", "x-request-id": "req-1" } },
      { routerKind: "App Router", routePath: "/reset-password", routeType: "action", revalidateReason: undefined },
    );

    const line = lines[0] ?? "";
    expect(line).not.toContain("abc123secrettoken");
    expect(line).not.toContain("987-65-4321");
    expect(JSON.parse(line)).toMatchObject({
      level: "error", event: "request.error", method: "POST", path: "/reset-password", route: "/reset-password",
      routeType: "action", digest: "1234567", userAgent: "Firefox", requestId: "req-1",
      error: { name: "Error", message: "lookup failed for [SSN]" },
    });
  });
});
