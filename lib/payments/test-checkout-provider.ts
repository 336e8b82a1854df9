import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Config } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { testCheckouts } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import type { PaymentProvider, ProviderOutcome } from "./provider";
import { sign, signatureValid } from "./test-checkout-signing";

/**
 * The hosted-checkout test provider (issue 13 item 5): its "servers" are the test_checkouts table and
 * its checkout page is /dev/pay. It is allowed where /dev/mailbox is: outside production, or with
 * DEMO_MODE (a demonstration site), and nowhere else.
 */
export const TEST_PROVIDER = "test";
export const noticeSignatureHeader = "x-test-checkout-signature";
const outcomes = new Set<ProviderOutcome["outcome"]>(["paid", "declined", "abandoned"]);

export function testProviderEnabled(config: Pick<Config, "isProduction" | "DEMO_MODE">): boolean {
  return !config.isProduction || config.DEMO_MODE;
}

const returnMessage = (checkout: string, outcome: string) => `return|${checkout}|${outcome}`;
const noticeMessage = (body: string) => `notice|${body}`;

/** The browser's way back to the portal, signed so that nobody can type "paid" into it (PAY-2). */
export function signedReturnUrl(returnUrl: string, checkout: string, outcome: ProviderOutcome["outcome"]): string {
  const url = new URL(returnUrl);
  url.searchParams.set("checkout", checkout);
  url.searchParams.set("outcome", outcome);
  url.searchParams.set("signature", sign(returnMessage(checkout, outcome)));
  return url.toString();
}

/** The provider's notice of an outcome, as its servers would post it: a JSON body and its signature. */
export function signedNotice(checkout: string, outcome: ProviderOutcome["outcome"]): { body: string; headers: Headers } {
  const body = JSON.stringify({ checkout, outcome });
  return { body, headers: new Headers({ "content-type": "application/json", [noticeSignatureHeader]: sign(noticeMessage(body)) }) };
}

function asOutcome(checkout: unknown, outcome: unknown): ProviderOutcome | null {
  if (typeof checkout !== "string" || !/^[A-Za-z0-9_-]{16,64}$/.test(checkout)) return null;
  if (typeof outcome !== "string" || !outcomes.has(outcome as ProviderOutcome["outcome"])) return null;
  return { providerReference: checkout, outcome: outcome as ProviderOutcome["outcome"] };
}

export const testCheckoutProvider: PaymentProvider = {
  name: TEST_PROVIDER,

  async createCheckout({ amountCents, description, returnUrl }) {
    const id = randomBytes(24).toString("base64url");
    await db.insert(testCheckouts).values({ id, amountCents, description, returnUrl });
    return { providerReference: id, redirectUrl: appLink("/dev/pay", { checkout: id }) };
  },

  async verifyReturn(query) {
    const checkout = query.get("checkout") ?? "";
    const outcome = query.get("outcome") ?? "";
    if (!signatureValid(returnMessage(checkout, outcome), query.get("signature"))) return null;
    return asOutcome(checkout, outcome);
  },

  async verifyNotice(rawBody, headers) {
    if (!signatureValid(noticeMessage(rawBody), headers.get(noticeSignatureHeader))) return null;
    try {
      const parsed = JSON.parse(rawBody) as { checkout?: unknown; outcome?: unknown };
      return asOutcome(parsed.checkout, parsed.outcome);
    } catch {
      return null;
    }
  },

  async refund(providerReference) {
    // Like a real provider: refunding an already refunded checkout again is the same refund, not a second one.
    await db
      .update(testCheckouts)
      .set({ status: "refunded", updatedAt: new Date() })
      .where(and(eq(testCheckouts.id, providerReference), eq(testCheckouts.status, "approved")));
    const [checkout] = await db.select({ status: testCheckouts.status }).from(testCheckouts).where(eq(testCheckouts.id, providerReference));
    if (checkout?.status !== "refunded") throw new Error("The test checkout has no approved payment to refund");
  },
};
