import "server-only";
import type { PaymentRow } from "@/lib/platform/db/schema";
import { paymentProviderNamed } from "./provider-registry";
import { settlePayment } from "./payment-store";

/**
 * The two ways a provider tells the portal how a checkout ended. Both verify the provider's signature
 * before believing anything (PAY-2) and both settle through settlePayment, so they may arrive in
 * either order, or twice, and the payment still changes once (PAY-3).
 */
export type ReturnAnswer = { ok: true; payment: PaymentRow } | { ok: false };

export async function receiveReturn(providerName: string, query: URLSearchParams): Promise<ReturnAnswer> {
  const provider = paymentProviderNamed(providerName);
  const outcome = provider ? await provider.verifyReturn(query) : null;
  if (!provider || !outcome) return { ok: false };
  const payment = await settlePayment(provider.name, outcome);
  return payment ? { ok: true, payment } : { ok: false };
}

/** The notice route's answer: 200 once settled (again or for the first time), 400 when not authentic. */
export async function receiveNotice(providerName: string, rawBody: string, headers: Headers): Promise<number> {
  const provider = paymentProviderNamed(providerName);
  const outcome = provider ? await provider.verifyNotice(rawBody, headers) : null;
  if (!provider || !outcome) return 400;
  return (await settlePayment(provider.name, outcome)) ? 200 : 404;
}

/** Where the browser lands after the return: the payment's own page, saying how it went. */
export function landingAfterReturn(payment: Pick<PaymentRow, "returnTo" | "status">): string {
  const url = new URL(payment.returnTo, "http://portal.invalid");
  url.searchParams.set("payment", payment.status);
  return `${url.pathname}${url.search}`;
}
