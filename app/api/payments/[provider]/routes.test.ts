import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { startPayment } from "@/lib/payments/payment-store";
import { signedNotice, signedReturnUrl } from "@/lib/payments/test-checkout-provider";
import { db } from "@/lib/platform/db/client";
import { payments, testCheckouts } from "@/lib/platform/db/schema";
import { applicationOf, trustApplicationOwners } from "@/lib/tooling/testing/application-owners";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { POST as notify } from "./notify/route";
import { GET as paymentReturn } from "./return/route";

provideTestDatabase();
trustApplicationOwners();

const params = (provider: string) => ({ params: Promise.resolve({ provider }) });

async function approvedCheckout() {
  const { userId } = await insertTestAccount();
  const url = await startPayment({ userId, applicationId: await applicationOf(userId), amountCents: 8500, description: "Fee", returnTo: "/apply/renewal/fee" });
  const checkout = new URL(url).searchParams.get("checkout")!;
  await db.update(testCheckouts).set({ status: "approved" }).where(eq(testCheckouts.id, checkout));
  return checkout;
}

const statusOf = async (checkout: string) => (await db.select().from(payments).where(eq(payments.providerReference, checkout)))[0]!.status;

describe("the provider's routes (PAY-2, PAY-3)", () => {
  it("PAY-3 the notice route answers 200 however often a signed notice comes; PAY-2 a forged one gets 400", async () => {
    const checkout = await approvedCheckout();
    const notice = signedNotice(checkout, "paid");
    const post = (body: string, headers: Headers) => notify(new Request("http://localhost:3000/api/payments/test/notify", { method: "POST", body, headers }), params("test"));
    expect((await post(notice.body, notice.headers)).status).toBe(200);
    expect((await post(notice.body, notice.headers)).status).toBe(200);
    expect(await statusOf(checkout)).toBe("paid");
    const forged = signedNotice(await approvedCheckout(), "declined");
    expect((await post(forged.body.replace("declined", "paid"), forged.headers)).status).toBe(400);
    const unknownProvider = new Request("http://localhost:3000/api/payments/unknown/notify", { method: "POST", body: notice.body, headers: notice.headers });
    expect((await notify(unknownProvider, params("unknown"))).status).toBe(400);
  });

  it("PAY-2 the return route sends a verified return to the payment's page with its outcome, from APP_URL; a tampered one gets 400", async () => {
    const checkout = await approvedCheckout();
    const good = signedReturnUrl("http://localhost:3000/api/payments/test/return", checkout, "paid");
    const response = await paymentReturn(new Request(good), params("test"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/apply/renewal/fee?payment=paid");
    const other = await approvedCheckout();
    const tampered = new URL(signedReturnUrl("http://localhost:3000/api/payments/test/return", other, "declined"));
    tampered.searchParams.set("outcome", "paid");
    expect((await paymentReturn(new Request(tampered), params("test"))).status).toBe(400);
    expect(await statusOf(other)).toBe("created");
  });
});
