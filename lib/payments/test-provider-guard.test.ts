import { afterEach, describe, expect, it, vi } from "vitest";
import { productionBase } from "@/lib/tooling/testing/config-fixtures";
import { restoreTestEnv } from "@/lib/tooling/testing/test-env";
import { resetConfig } from "@/lib/platform/config/env";
import { currentPaymentProvider, paymentProviderNamed } from "./provider-registry";
import { testProviderEnabled } from "./test-checkout-provider";

afterEach(restoreTestEnv);

function useProduction(extra: Record<string, string> = {}) {
  for (const [name, value] of Object.entries({ ...productionBase, EMAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://relay.example.org:587", ...extra })) vi.stubEnv(name, value);
  resetConfig();
}

describe("where the test checkout exists (PAY-6)", () => {
  it("PAY-6 outside production, or on a DEMO_MODE site, and nowhere else", () => {
    expect(testProviderEnabled({ isProduction: false, DEMO_MODE: false })).toBe(true);
    expect(testProviderEnabled({ isProduction: true, DEMO_MODE: true })).toBe(true);
    expect(testProviderEnabled({ isProduction: true, DEMO_MODE: false })).toBe(false);
  });

  it("PAY-6 production without DEMO_MODE takes no test payments and believes no test returns", () => {
    useProduction();
    expect(() => currentPaymentProvider()).toThrow(/No payment provider is configured/);
    expect(paymentProviderNamed("test")).toBeNull();
  });

  it("PAY-6 a DEMO_MODE production site uses the test checkout", () => {
    useProduction({ DEMO_MODE: "true" });
    expect(currentPaymentProvider().name).toBe("test");
  });
});
