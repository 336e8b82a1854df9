import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db, queryRows } from "@/lib/platform/db/client";
import { payments, testCheckouts } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { applicationOf, trustApplicationOwners } from "@/lib/tooling/testing/application-owners";
import { advanceClock, restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { decideTestCheckout } from "./dev-pay";
import { whenPaymentPaid } from "./paid-listeners";
import { abandonStalePayments, paymentFor, refundPayment, startPayment } from "./payment-store";
import { landingAfterReturn, receiveNotice, receiveReturn } from "./provider-callbacks";
import { signedNotice, signedReturnUrl } from "./test-checkout-provider";

provideTestDatabase();
trustApplicationOwners();
afterEach(restoreTestEnv);

let paidCalls: string[] = [];
whenPaymentPaid("test_fee", async (payment, tx) => {
  paidCalls.push(payment.id);
  // Written in the paying transaction: it commits with the "paid" status or not at all.
  await recordAudit({ event: "test.fee-handled", outcome: "success", userId: payment.userId }, tx);
});

async function started(purpose = "test_fee") {
  const { userId } = await insertTestAccount();
  const applicationId = await applicationOf(userId);
  const url = await startPayment({ userId, applicationId, amountCents: 8500, description: "Certificate renewal fee", returnTo: "/apply/renewal/fee", purpose });
  const checkout = new URL(url).searchParams.get("checkout")!;
  const [payment] = await db.select().from(payments).where(eq(payments.providerReference, checkout));
  return { userId, applicationId, url, checkout, payment: payment! };
}

const query = (url: string) => new URL(url).searchParams;
const handledEvents = async (userId: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where user_id = ${userId} and event = 'test.fee-handled'`))[0]!.n;

describe("the hosted test checkout (PAY-1, PAY-3, PAY-5)", () => {
  it("PAY-1 sends the browser out to /dev/pay with an unguessable checkout id and stores no card data", async () => {
    const { url, checkout, payment } = await started();
    expect(new URL(url).pathname).toBe("/dev/pay");
    expect(checkout).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(payment).toMatchObject({ status: "created", amountCents: 8500, provider: "test", returnTo: "/apply/renewal/fee" });
    const columns = await queryRows<{ column_name: string }>(db, sql`select column_name from information_schema.columns where table_name in ('payments', 'test_checkouts')`);
    expect(columns.map((c) => c.column_name).filter((name) => /card|pan|cvv|cvc|expiry/i.test(name))).toEqual([]);
  });

  it("PAY-1 a payment cannot be started for another person's application", async () => {
    const { userId } = await insertTestAccount();
    const other = await insertTestAccount();
    const theirs = await applicationOf(other.userId);
    await expect(startPayment({ userId, applicationId: theirs, amountCents: 100, description: "x", returnTo: "/dashboard" })).rejects.toThrow(/cannot take a payment/);
    expect(await db.select().from(payments).where(eq(payments.applicationId, theirs))).toEqual([]);
  });

  it("PAY-3 approve: the notice marks it paid and runs the handler; the later return changes nothing more", async () => {
    paidCalls = [];
    const { userId, applicationId, checkout, payment } = await started();
    const back = await decideTestCheckout(checkout, "approve");
    expect(paidCalls).toEqual([payment.id]);
    const answer = await receiveReturn("test", query(back!));
    expect(answer.ok && landingAfterReturn(answer.payment)).toBe("/apply/renewal/fee?payment=paid");
    await receiveNotice("test", signedNotice(checkout, "paid").body, signedNotice(checkout, "paid").headers);
    expect(paidCalls).toEqual([payment.id]);
    expect(await handledEvents(userId)).toBe(1);
    expect(await paymentFor(userId, applicationId)).toMatchObject({ id: payment.id, status: "paid" });
    expect(await decideTestCheckout(checkout, "approve"), "a closed checkout cannot be decided again").toBeNull();
  });

  it("PAY-5 a declined payment leaves the application unpaid, and paying can start again", async () => {
    paidCalls = [];
    const { userId, applicationId, checkout } = await started();
    const back = await decideTestCheckout(checkout, "decline");
    const answer = await receiveReturn("test", query(back!));
    expect(answer.ok && landingAfterReturn(answer.payment)).toBe("/apply/renewal/fee?payment=declined");
    expect(paidCalls).toEqual([]);
    expect(await paymentFor(userId, applicationId)).toMatchObject({ status: "declined" });
    const again = await startPayment({ userId, applicationId, amountCents: 8500, description: "Certificate renewal fee", returnTo: "/apply/renewal/fee", purpose: "test_fee" });
    await decideTestCheckout(query(again).get("checkout"), "approve");
    expect(await paymentFor(userId, applicationId)).toMatchObject({ status: "paid" });
    const second = await startPayment({ userId, applicationId, amountCents: 8500, description: "x", returnTo: "/apply/renewal/fee", purpose: "test_fee" });
    expect(second, "a paid application is not charged again").toBe("/apply/renewal/fee");
  });

  it("PAY-5 a cancelled checkout is abandoned; one left open is abandoned by the scheduled task", async () => {
    const cancelled = await started();
    await receiveReturn("test", query((await decideTestCheckout(cancelled.checkout, "cancel"))!));
    expect(await paymentFor(cancelled.userId, cancelled.applicationId)).toMatchObject({ status: "abandoned" });

    useTestEnv({ PAYMENT_ABANDON_MINUTES: "30" });
    const left = await started();
    expect(await abandonStalePayments()).toBe(0);
    advanceClock(31 * 60_000);
    expect(await abandonStalePayments()).toBeGreaterThanOrEqual(1);
    expect(await paymentFor(left.userId, left.applicationId)).toMatchObject({ status: "abandoned" });
  });

  it("PAY-3 a handler that fails leaves the payment unpaid (same transaction), so the next notice tries again", async () => {
    const { checkout, payment } = await started("failing_fee");
    await db.update(testCheckouts).set({ status: "approved" }).where(eq(testCheckouts.id, checkout));
    whenPaymentPaid("failing_fee", async () => {
      throw new Error("the application could not be submitted");
    });
    const notice = signedNotice(checkout, "paid");
    await expect(receiveNotice("test", notice.body, notice.headers)).rejects.toThrow();
    const [after] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(after!.status).toBe("created");
  });
});

describe("signatures (PAY-2)", () => {
  it("PAY-2 a return edited to say paid, unsigned, or signed with another secret is refused", async () => {
    const { userId, applicationId, checkout } = await started();
    const declined = new URL(signedReturnUrl("http://localhost:3000/api/payments/test/return", checkout, "declined"));
    declined.searchParams.set("outcome", "paid");
    expect(await receiveReturn("test", declined.searchParams)).toEqual({ ok: false });
    declined.searchParams.delete("signature");
    expect(await receiveReturn("test", declined.searchParams)).toEqual({ ok: false });

    useTestEnv({ AUTH_SECRET: "another-secret-0123456789abcdef0123456789abcdef" });
    const forged = signedReturnUrl("http://localhost:3000/api/payments/test/return", checkout, "paid");
    const forgedNotice = signedNotice(checkout, "paid");
    restoreTestEnv();
    expect(await receiveReturn("test", query(forged))).toEqual({ ok: false });
    expect(await receiveNotice("test", forgedNotice.body, forgedNotice.headers)).toBe(400);
    expect(await receiveReturn("no-such-provider", query(forged))).toEqual({ ok: false });
    expect(await paymentFor(userId, applicationId)).toMatchObject({ status: "created" });
  });

  it("PAY-2 a notice whose body was changed after signing is refused", async () => {
    const { checkout } = await started();
    const notice = signedNotice(checkout, "declined");
    expect(await receiveNotice("test", notice.body.replace("declined", "paid"), notice.headers)).toBe(400);
  });
});

describe("refunds (PAY-4)", () => {
  it("PAY-4 a paid payment is refunded once, through the provider", async () => {
    const { userId, applicationId, checkout, payment } = await started();
    await decideTestCheckout(checkout, "approve");
    expect(await refundPayment(payment.id)).toBe(true);
    expect(await paymentFor(userId, applicationId)).toMatchObject({ status: "refunded" });
    const [provider] = await db.select().from(testCheckouts).where(eq(testCheckouts.id, checkout));
    expect(provider!.status).toBe("refunded");
    expect(await refundPayment(payment.id)).toBe(false);
    const unpaid = await started();
    expect(await refundPayment(unpaid.payment.id)).toBe(false);
  });
});
