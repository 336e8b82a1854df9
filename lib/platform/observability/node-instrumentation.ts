import "server-only";
import { registerOTel, type Configuration, type SpanProcessorOrName } from "@vercel/otel";
import { ConfigError, getConfig } from "@/lib/platform/config/env";
import { log } from "./log";
import { ScrubbingSpanProcessor } from "./span-scrubbing";

export const SERVICE_NAME = "credentialing-portal";

/**
 * OpenTelemetry for the Node.js server. `exportProcessors` defaults to @vercel/otel's "auto": the
 * OTLP exporter configured by the standard OTEL_* variables (OTEL_EXPORTER_OTLP_ENDPOINT,
 * _PROTOCOL, _HEADERS, OTEL_SDK_DISABLED...). The scrubbing processor comes first so it has
 * rewritten each span before any exporter sees it (see span-scrubbing.ts).
 */
export function otelConfiguration(exportProcessors: SpanProcessorOrName[] = ["auto"]): Configuration {
  return { serviceName: SERVICE_NAME, spanProcessors: [new ScrubbingSpanProcessor(), ...exportProcessors] };
}

/**
 * A production server refuses to start with an invalid configuration: the reason goes out as one
 * structured line naming each missing or malformed variable (never a value), then the process exits.
 */
export function validateConfigurationOrExit(): void {
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error("config.invalid", { outcome: "refused-to-start", problems: error.problems });
    process.exit(1);
  }
}

/**
 * The Node.js server's observability set-up, called first by instrumentation.ts's register(). The
 * background work (outbox deliverer, scheduled tasks) is started there too, not here: it wires domain
 * tasks in, and the platform knows no domain.
 */
export function registerNodeInstrumentation(): void {
  validateConfigurationOrExit();
  registerOTel(otelConfiguration());
}
