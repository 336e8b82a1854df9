import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageFrame } from "@/components/layout/page-frame";
import { TestCheckoutButtons } from "@/components/payments/test-checkout-buttons";
import { devPayEnabled, testCheckout } from "@/lib/payments/dev-pay";

export const metadata: Metadata = { title: "Test checkout" };

type Props = { searchParams: Promise<{ checkout?: string | string[] }> };

const dollars = (cents: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);

/**
 * The hosted-checkout test provider's page (outside production, or with DEMO_MODE; PAY-6). It stands
 * where a real provider's card form would be, and asks for no card number (PAY-1).
 */
export default async function TestCheckoutPage({ searchParams }: Props) {
  if (!devPayEnabled()) notFound();
  const raw = (await searchParams).checkout;
  const checkout = await testCheckout(Array.isArray(raw) ? raw[0] : raw);
  if (!checkout) notFound();
  return (
    <PageFrame>
      <section aria-labelledby="checkout-heading" className="max-w-2xl space-y-6">
        <p className="inline-block border-2 border-amber-700 bg-amber-50 px-3 py-1 font-semibold text-amber-900">Test payment provider: no real money moves</p>
        <h1 id="checkout-heading" className="text-3xl font-bold text-brand-900">
          Pay your fee
        </h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-lg">
          <dt className="font-semibold">For</dt>
          <dd>{checkout.description}</dd>
          <dt className="font-semibold">Amount</dt>
          <dd>{dollars(checkout.amountCents)}</dd>
        </dl>
        {checkout.status === "open" ? (
          <>
            <p className="max-w-prose">
              A real payment provider would ask for card details on this page. This test provider does not: choose what should
              happen, and you will be sent back to the portal.
            </p>
            <TestCheckoutButtons checkoutId={checkout.id} />
          </>
        ) : (
          <p role="status" className="border-l-4 border-slate-700 bg-white p-4">
            This checkout is closed ({checkout.status}). Go back to your application to pay again if you need to.
          </p>
        )}
      </section>
    </PageFrame>
  );
}
