import "server-only";
import { registerScheduledTask } from "@/lib/platform/email/delivery-loop";
import { log } from "@/lib/platform/observability/log";
import { abandonStalePayments } from "./payment-store";

/** Every five minutes: a checkout left open too long is abandoned, and the application stays resumable (PAY-5). */
export function registerPaymentTasks(): void {
  registerScheduledTask("abandon-stale-payments", 5 * 60_000, async () => {
    const abandoned = await abandonStalePayments();
    if (abandoned > 0) log.info("payments.abandoned", { phase: "scheduled", count: abandoned });
  });
}
