import "server-only";
import { getConfig } from "@/lib/platform/config/env";
import type { PaymentProvider } from "./provider";
import { testCheckoutProvider, testProviderEnabled } from "./test-checkout-provider";

const holder = globalThis as typeof globalThis & { __portalPaymentProvider?: PaymentProvider };

/** A real provider, registered once at start-up (instrumentation.ts); it then takes every new payment. */
export function registerPaymentProvider(provider: PaymentProvider): void {
  if (!/^[a-z0-9-]{1,32}$/.test(provider.name)) throw new Error("A payment provider's name is 1-32 lowercase letters, digits or hyphens");
  holder.__portalPaymentProvider = provider;
}

/**
 * The provider new payments go to: the registered one, else the test checkout where it is allowed
 * (outside production, or with DEMO_MODE). Production without a provider takes no payments.
 */
export function currentPaymentProvider(): PaymentProvider {
  const registered = holder.__portalPaymentProvider;
  if (registered) return registered;
  if (testProviderEnabled(getConfig())) return testCheckoutProvider;
  throw new Error("No payment provider is configured (register one; the test checkout is off in production without DEMO_MODE)");
}

/** The provider named on a stored payment or in a return/notice URL, if it is one this server has. */
export function paymentProviderNamed(name: string): PaymentProvider | null {
  const registered = holder.__portalPaymentProvider;
  if (registered?.name === name) return registered;
  if (name === testCheckoutProvider.name && testProviderEnabled(getConfig())) return testCheckoutProvider;
  return null;
}
