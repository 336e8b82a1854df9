import "server-only";
import { and, eq } from "drizzle-orm";
import { getConfig } from "@/lib/platform/config/env";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { testCheckouts } from "@/lib/platform/db/schema";
import { receiveNotice } from "./provider-callbacks";
import { signedNotice, signedReturnUrl, TEST_PROVIDER, testProviderEnabled } from "./test-checkout-provider";

/**
 * The test provider's checkout page (/dev/pay) and its buttons. The page asks for no card number:
 * "Approve" and "Decline" stand in for what a person does on a real provider's page (PAY-1).
 */
export type TestCheckoutView = { id: string; amountCents: number; description: string; status: string };
export type Decision = "approve" | "decline" | "cancel";

export const devPayEnabled = () => testProviderEnabled(getConfig());
const CHECKOUT = /^[A-Za-z0-9_-]{16,64}$/;

export async function testCheckout(checkoutId: unknown): Promise<TestCheckoutView | null> {
  if (!devPayEnabled() || typeof checkoutId !== "string" || !CHECKOUT.test(checkoutId)) return null;
  const [row] = await db
    .select({ id: testCheckouts.id, amountCents: testCheckouts.amountCents, description: testCheckouts.description, status: testCheckouts.status })
    .from(testCheckouts)
    .where(eq(testCheckouts.id, checkoutId));
  return row ?? null;
}

const outcomeOf = { approve: "paid", decline: "declined", cancel: "abandoned" } as const;

/**
 * Closes an open checkout as the person chose, then does what a provider does: posts its signed
 * notice (here in-process, through the same code as /api/payments/test/notify) and sends the browser
 * back with a signed return. Null when the checkout is unknown or already closed.
 */
export async function decideTestCheckout(checkoutId: unknown, decision: Decision): Promise<string | null> {
  const checkout = await testCheckout(checkoutId);
  if (!checkout) return null;
  const status = decision === "approve" ? "approved" : decision === "decline" ? "declined" : "expired";
  const [closed] = await db
    .update(testCheckouts)
    .set({ status, updatedAt: now() })
    .where(and(eq(testCheckouts.id, checkout.id), eq(testCheckouts.status, "open")))
    .returning({ returnUrl: testCheckouts.returnUrl });
  if (!closed) return null;
  const outcome = outcomeOf[decision];
  if (decision !== "cancel") {
    const notice = signedNotice(checkout.id, outcome);
    await receiveNotice(TEST_PROVIDER, notice.body, notice.headers);
  }
  return signedReturnUrl(closed.returnUrl, checkout.id, outcome);
}
