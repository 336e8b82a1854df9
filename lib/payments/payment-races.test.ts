import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/lib/platform/db/client";
import { payments, testCheckouts } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { applicationOf, trustApplicationOwners } from "@/lib/tooling/testing/application-owners";
import { whenPaymentPaid } from "./paid-listeners";
import { startPayment } from "./payment-store";
import { receiveNotice, receiveReturn } from "./provider-callbacks";
import { signedNotice, signedReturnUrl } from "./test-checkout-provider";

const testDb = provideTestDatabase();
trustApplicationOwners();

/**
 * PAY-3 on PostgreSQL: the browser's return and the provider's notice (each twice) arrive at the same
 * moment on separate connections. A separate connection holds the payment's row until all four are
 * waiting on it, so their UPDATEs really race; the status condition must let exactly one through.
 */
describe.runIf(Boolean(process.env.DATABASE_URL))("return and notice settle once (PostgreSQL)", () => {
  it("PAY-3 two returns and two notices at once: paid once, the handler ran once", async () => {
    const handled: string[] = [];
    whenPaymentPaid("race_fee", async (payment) => {
      handled.push(payment.id);
    });
    const { userId } = await insertTestAccount();
    const url = await startPayment({ userId, applicationId: await applicationOf(userId), amountCents: 5000, description: "Race fee", returnTo: "/dashboard", purpose: "race_fee" });
    const checkout = new URL(url).searchParams.get("checkout")!;
    await db.update(testCheckouts).set({ status: "approved" }).where(eq(testCheckouts.id, checkout));
    const back = new URL(signedReturnUrl("http://localhost:3000/api/payments/test/return", checkout, "paid")).searchParams;
    const notice = signedNotice(checkout, "paid");
    const contenders = [
      () => receiveReturn("test", back),
      () => receiveNotice("test", notice.body, notice.headers),
      () => receiveReturn("test", back),
      () => receiveNotice("test", notice.body, notice.headers),
    ];

    const gate = postgres(testDb.current().url!, { max: 1, onnotice: () => {} });
    let results: Promise<unknown[]> | undefined;
    try {
      await gate.begin(async (tx) => {
        await tx`select id from payments where provider_reference = ${checkout} for update`;
        results = Promise.all(contenders.map((run) => run()));
        for (let waited = 0; ; waited += 50) {
          const [row] = await tx`select count(distinct pid)::int as waiting from pg_locks where not granted`;
          if (row!.waiting >= contenders.length) break;
          if (waited > 20_000) throw new Error(`only ${row!.waiting} contenders reached the lock`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
    } finally {
      await gate.end();
    }
    await results;

    const [payment] = await db.select().from(payments).where(eq(payments.providerReference, checkout));
    expect(payment!.status).toBe("paid");
    expect(handled).toEqual([payment!.id]);
    const paidEvents = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where user_id = ${userId} and event = 'payment.paid'`);
    expect(paidEvents[0]!.n).toBe(1);
  });
});
