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
 * Whether anything would receive traces: an OTLP endpoint (the standard variables), an explicit
 * OTEL_TRACES_EXPORTER, or Vercel's collector. Without one, @vercel/otel would still record every
 * span, scrub it, batch it and serialise it for an exporter that drops it: a few per cent of every
 * request's CPU for nothing (issue 16's profile), so the SDK is then not registered at all.
 */
export function tracesHaveADestination(env: Record<string, string | undefined> = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  const set = (name: string) => Boolean(env[name]?.trim());
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (exporter === "none") return false;
  return set("OTEL_EXPORTER_OTLP_ENDPOINT") || set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") || set("VERCEL_OTEL_ENDPOINTS") || Boolean(exporter);
}

/**
 * The Node.js server's observability set-up, called first by instrumentation.ts's register(). The
 * background work (outbox deliverer, scheduled tasks) is started there too, not here: it wires domain
 * tasks in, and the platform knows no domain.
 */
export function registerNodeInstrumentation(): void {
  validateConfigurationOrExit();
  if (tracesHaveADestination()) registerOTel(otelConfiguration());
}
