import type { Instrumentation } from "next";

/**
 * Next.js calls register() once when a server starts (not during `next build`). The portal's
 * server-side set-up is Node.js only and is imported dynamically, so nothing of it (configuration,
 * node:fs, the OpenTelemetry SDK) reaches the edge bundle. This file is the one place that wires the
 * platform and the domains together at start-up.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeInstrumentation } = await import("@/lib/platform/observability/node-instrumentation");
    registerNodeInstrumentation();
    // Not awaited: the server answers while the loop's modules load, as before.
    void startBackgroundWork();
  }
}

/**
 * The outbox deliverer and scheduled tasks (lib/platform/email/delivery-loop.ts), once per server
 * process, with the domains' tasks. Never during `next build` (Next does not call register() then,
 * but a build must not send mail even if that changes).
 */
async function startBackgroundWork(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { log } = await import("@/lib/platform/observability/log");
  try {
    const [
      { registerQueueWorker, startDeliveryLoop, stopDeliveryLoop },
      { deliverRecoveryRequests },
      { registerExpiringCredentialsTask },
      { registerRenewalRemindersTask },
      { registerPaymentTasks },
    ] = await Promise.all([
      import("@/lib/platform/email/delivery-loop"),
      import("@/lib/recovery/recovery-queue"),
      import("@/lib/notifications/expiring-credentials"),
      import("@/lib/notifications/renewal-reminders"),
      import("@/lib/payments/payment-tasks"),
    ]);
    const [{ registerDraftRetentionTask }, { registerApplicationFeeHandler }] = await Promise.all([
      import("@/lib/applications/draft-retention"),
      import("@/lib/applications/fee"),
    ]);
    const [{ onShutdown }, { closeTransports }, { closeDatabase }] = await Promise.all([
      import("@/lib/platform/server/shutdown-hooks"),
      import("@/lib/platform/email/transport"),
      import("@/lib/platform/db/client"),
    ]);
    // SIGTERM (lib/platform/server/start.mjs): once in-flight requests are answered, stop the loop
    // and close the SMTP and database pools, in that order (the loop may still be using both).
    onShutdown("background-work", async () => {
      await stopDeliveryLoop();
      closeTransports();
      await closeDatabase();
    });
    // "Forgot password/username" requests are queued by the forms and worked here (issue 11 item 5).
    registerQueueWorker("recovery-requests", () => deliverRecoveryRequests());
    startDeliveryLoop();
    registerExpiringCredentialsTask();
    // Renewal reminder emails at 90, 30 and 7 days (lib/notifications/renewal-reminders.ts).
    registerRenewalRemindersTask();
    // Application drafts untouched for 90 days: warned 14 days before, then removed (lib/applications/draft-retention.ts).
    registerDraftRetentionTask();
    // A paid application fee submits its application, in the payment's own transaction (lib/applications/fee.ts).
    registerApplicationFeeHandler();
    // Checkouts left open too long become "abandoned" (lib/payments/payment-tasks.ts).
    registerPaymentTasks();
    // The loop's built-in tasks include the hourly retention purge (lib/platform/retention/purge.ts).
  } catch (error) {
    log.error("email.delivery-loop-failed", { phase: "start", error });
  }
}

/** Server errors of pages, route handlers, server actions and the proxy, as structured log lines. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRequestError } = await import("@/lib/platform/observability/request-error");
    logRequestError(error, request, context);
  }
};
