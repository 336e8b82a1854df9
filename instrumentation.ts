import type { Instrumentation } from "next";

/**
 * Next.js calls register() once when a server starts (not during `next build`). The portal's
 * server-side set-up is Node.js only and is imported dynamically, so nothing of it (configuration,
 * node:fs, the OpenTelemetry SDK) reaches the edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeInstrumentation } = await import("@/lib/platform/observability/node-instrumentation");
    registerNodeInstrumentation();
  }
}

/** Server errors of pages, route handlers, server actions and the proxy, as structured log lines. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRequestError } = await import("@/lib/platform/observability/request-error");
    logRequestError(error, request, context);
  }
};
