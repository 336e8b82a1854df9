import "server-only";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { isUuid, mayChangeApplication } from "@/lib/documents/application-access";
import { safeReturnPath } from "@/lib/documents/return-path";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { payments, type PaymentRow, type PaymentStatus } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { runPaidHandler } from "./paid-listeners";
import type { ProviderOutcome } from "./provider";
import { currentPaymentProvider, paymentProviderNamed } from "./provider-registry";

export type PaymentSummary = Pick<PaymentRow, "id" | "status" | "amountCents" | "description" | "createdAt" | "paidAt" | "refundedAt">;

export type StartPayment = {
  userId: string;
  applicationId: string;
  amountCents: number;
  description: string;
  /** A path in the portal; the educator comes back here with ?payment=paid|declined|abandoned. */
  returnTo: string;
  purpose?: string;
};

/**
 * Starts a checkout for the person's application and answers where to send the browser. An earlier
 * unfinished checkout of the same application is abandoned first (a declined or left checkout is
 * simply started again, PAY-5); an application already paid for is not charged twice.
 */
export async function startPayment(input: StartPayment, request?: RequestFacts): Promise<string> {
  const { userId, applicationId, amountCents, description } = input;
  const returnTo = safeReturnPath(input.returnTo);
  if (!Number.isInteger(amountCents) || amountCents <= 0) throw new Error("A payment needs a whole, positive number of cents");
  if (!(await mayChangeApplication(userId, applicationId, db))) throw new Error("That application cannot take a payment");
  const provider = currentPaymentProvider();
  const payment = await db.transaction(async (tx) => {
    const mine = and(eq(payments.userId, userId), eq(payments.applicationId, applicationId));
    const [paid] = await tx.select({ id: payments.id }).from(payments).where(and(mine, eq(payments.status, "paid")));
    if (paid) return null;
    await tx.update(payments).set({ status: "abandoned", updatedAt: now() }).where(and(mine, eq(payments.status, "created")));
    const [row] = await tx
      .insert(payments)
      .values({ userId, applicationId, amountCents, description, returnTo, purpose: input.purpose ?? "application_fee", provider: provider.name, createdAt: now() })
      .returning();
    await recordAudit({ event: "payment.started", outcome: "success", userId, request, details: { amountCents, provider: provider.name } }, tx);
    return row!;
  });
  if (!payment) return returnTo;
  const checkout = await provider.createCheckout({
    paymentId: payment.id,
    amountCents,
    description,
    returnUrl: appLink(`/api/payments/${provider.name}/return`),
    notifyUrl: appLink(`/api/payments/${provider.name}/notify`),
  });
  await db.update(payments).set({ providerReference: checkout.providerReference, updatedAt: now() }).where(eq(payments.id, payment.id));
  return checkout.redirectUrl;
}

/** The application's payment that counts: a paid one if any, else the newest. Only the owner's. */
export async function paymentFor(userId: string, applicationId: string): Promise<PaymentSummary | null> {
  if (!isUuid(applicationId)) return null;
  const rows = await db
    .select({ id: payments.id, status: payments.status, amountCents: payments.amountCents, description: payments.description, createdAt: payments.createdAt, paidAt: payments.paidAt, refundedAt: payments.refundedAt })
    .from(payments)
    .where(and(eq(payments.userId, userId), eq(payments.applicationId, applicationId)))
    .orderBy(sql`${payments.status} = 'paid' desc`, desc(payments.createdAt), desc(payments.id))
    .limit(1);
  return rows[0] ?? null;
}

/** Which states an outcome may move a payment out of: only forward, so repeats change nothing. */
const settlesFrom: Record<ProviderOutcome["outcome"], PaymentStatus[]> = {
  // Money taken after a decline or after the portal gave up waiting is still money taken.
  paid: ["created", "declined", "abandoned"],
  declined: ["created"],
  abandoned: ["created"],
};

/**
 * Records a verified outcome (from the return or the notice, in either order, any number of times).
 * The UPDATE's status condition is the lock: of two at once, the second waits for the first and then
 * matches nothing, so the paid-handler runs once, in the same transaction (PAY-3).
 */
export async function settlePayment(providerName: string, outcome: ProviderOutcome): Promise<PaymentRow | null> {
  return db.transaction(async (tx) => {
    const at = now();
    const [moved] = await tx
      .update(payments)
      .set({ status: outcome.outcome, updatedAt: at, ...(outcome.outcome === "paid" ? { paidAt: at } : {}) })
      .where(and(eq(payments.provider, providerName), eq(payments.providerReference, outcome.providerReference), inArray(payments.status, settlesFrom[outcome.outcome])))
      .returning();
    if (moved) {
      if (moved.status === "paid") await runPaidHandler(moved, tx);
      await recordAudit({ event: `payment.${moved.status}`, outcome: moved.status === "paid" ? "success" : "info", userId: moved.userId, details: { amountCents: moved.amountCents } }, tx);
      return moved;
    }
    const [current] = await tx.select().from(payments).where(and(eq(payments.provider, providerName), eq(payments.providerReference, outcome.providerReference)));
    return current ?? null;
  });
}

/**
 * Refunds a paid payment through its provider, then records it. The provider is asked first and
 * outside any transaction (a real one is a network call); providers treat a repeated refund of the
 * same checkout as the same refund, so a retry after a failure here cannot pay back twice. For the
 * agency's staff: callers check the role.
 */
export async function refundPayment(paymentId: string, request?: RequestFacts): Promise<boolean> {
  if (!isUuid(paymentId)) return false;
  const [paid] = await db.select().from(payments).where(and(eq(payments.id, paymentId), eq(payments.status, "paid")));
  if (!paid?.providerReference) return false;
  const provider = paymentProviderNamed(paid.provider);
  if (!provider) throw new Error(`The payment's provider (${paid.provider}) is not available on this server`);
  await provider.refund(paid.providerReference, paid.amountCents);
  return db.transaction(async (tx) => {
    const [refunded] = await tx
      .update(payments)
      .set({ status: "refunded", refundedAt: now(), updatedAt: now() })
      .where(and(eq(payments.id, paymentId), eq(payments.status, "paid")))
      .returning();
    if (!refunded) return false;
    await recordAudit({ event: "payment.refunded", outcome: "success", userId: refunded.userId, request, details: { amountCents: refunded.amountCents } }, tx);
    return true;
  });
}

/** The scheduled task: checkouts left open longer than PAYMENT_ABANDON_MINUTES are abandoned. */
export async function abandonStalePayments(): Promise<number> {
  const cutoff = new Date(now().getTime() - getConfig().PAYMENT_ABANDON_MINUTES * 60_000);
  const rows = await db
    .update(payments)
    .set({ status: "abandoned", updatedAt: now() })
    .where(and(eq(payments.status, "created"), lt(payments.createdAt, cutoff)))
    .returning({ id: payments.id });
  return rows.length;
}
