/**
 * A payment provider as the portal sees it (issue 13 item 5): a hosted checkout. The portal sends
 * the educator to the provider's page and learns the outcome twice, from the browser's signed return
 * and from the provider's server-to-server notice, whichever comes first; card details are typed on
 * the provider's page only and never reach the portal (PAY-1).
 *
 * To plug in a real provider, implement this interface (see README "Payments") and register it with
 * `registerPaymentProvider` at start-up; its return and notice URLs are
 * `/api/payments/<name>/return` and `/api/payments/<name>/notify`.
 */
export type CheckoutRequest = {
  /** The portal's payment id: a provider keeps it as its "client reference". */
  paymentId: string;
  amountCents: number;
  description: string;
  /** Where the provider sends the browser back to (absolute, from APP_URL). */
  returnUrl: string;
  /** Where the provider posts its notice of the outcome (absolute, from APP_URL). */
  notifyUrl: string;
};

export type Checkout = { providerReference: string; redirectUrl: string };

/** What a verified return or notice says happened to a checkout. */
export type ProviderOutcome = { providerReference: string; outcome: "paid" | "declined" | "abandoned" };

export interface PaymentProvider {
  /** Short and URL-safe: it names the return and notice routes and is stored on each payment. */
  readonly name: string;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** The browser's return (its query string); null unless the provider's signature verifies. */
  verifyReturn(query: URLSearchParams): Promise<ProviderOutcome | null>;
  /** The provider's notice (raw body and headers); null unless it is authentic. */
  verifyNotice(rawBody: string, headers: Headers): Promise<ProviderOutcome | null>;
  /** Gives the whole amount back; throws when the provider refuses. */
  refund(providerReference: string, amountCents: number): Promise<void>;
}
