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

/** Everything instrumentation.ts's register() does in the Node.js runtime. */
export function registerNodeInstrumentation(): void {
  validateConfigurationOrExit();
  registerOTel(otelConfiguration());
  startBackgroundWork();
}

/**
 * The outbox deliverer and scheduled tasks (lib/platform/email/delivery-loop.ts), once per server process.
 * Never during `next build` (Next does not call register() then, but a build must not send mail
 * even if that changes). Imported lazily so this module stays light for its own tests.
 */
function startBackgroundWork(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  Promise.all([import("@/lib/platform/email/delivery-loop"), import("@/lib/notifications/expiring-credentials")])
    .then(([{ startDeliveryLoop }, { registerExpiringCredentialsTask }]) => {
      startDeliveryLoop();
      registerExpiringCredentialsTask();
    })
    .catch((error: unknown) => log.error("email.delivery-loop-failed", { phase: "start", error }));
}
