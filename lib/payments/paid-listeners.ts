import "server-only";
import type { Executor } from "@/lib/platform/db/client";
import type { PaymentRow } from "@/lib/platform/db/schema";

/**
 * What happens when a payment of a purpose is paid (e.g. "application_fee" submits the application).
 * The handler runs inside the transaction that marks the payment paid, so both commit or neither;
 * the conditional update before it makes it run exactly once per payment (PAY-3).
 */
export type PaidHandler = (payment: PaymentRow, tx: Executor) => Promise<void>;

const holder = globalThis as typeof globalThis & { __portalPaidHandlers?: Map<string, PaidHandler> };
const handlers = (holder.__portalPaidHandlers ??= new Map());

/** One handler per purpose; registering again replaces it (hot reloads re-run registrations). */
export function whenPaymentPaid(purpose: string, handler: PaidHandler): void {
  handlers.set(purpose, handler);
}

export async function runPaidHandler(payment: PaymentRow, tx: Executor): Promise<void> {
  await handlers.get(payment.purpose)?.(payment, tx);
}
