import "server-only";

/**
 * Fees (issue 13 item 5), the public face of this folder:
 * - `PaymentProvider` (provider.ts): a hosted checkout; `registerPaymentProvider` plugs in a real one;
 * - `startPayment(...)` → the URL to send the browser to; `paymentFor(userId, applicationId)`;
 * - `whenPaymentPaid(purpose, handler)`: runs once, in the transaction that marks the payment paid;
 * - `refundPayment(paymentId)` (staff only: the caller checks the role);
 * - `abandonStalePayments()`, scheduled by `registerPaymentTasks()`;
 * - routes: `/api/payments/<provider>/return` (signed browser return) and `/notify` (signed notice);
 * - the test provider's checkout page: `/dev/pay` (outside production, or with DEMO_MODE).
 */
export type { PaymentProvider, CheckoutRequest, Checkout, ProviderOutcome } from "./provider";
export { registerPaymentProvider } from "./provider-registry";
export { startPayment, paymentFor, refundPayment, abandonStalePayments, type StartPayment, type PaymentSummary } from "./payment-store";
export { whenPaymentPaid, type PaidHandler } from "./paid-listeners";
export { registerPaymentTasks } from "./payment-tasks";
