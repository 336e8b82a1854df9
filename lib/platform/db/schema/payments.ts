import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { applications } from "./applications";

export const paymentStatus = pgEnum("payment_status", ["created", "paid", "declined", "abandoned", "refunded"]);
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];

/**
 * Fees paid through a PaymentProvider (issue 13 item 5). The portal keeps only what the provider tells
 * it (a reference and an outcome), never a card number. `application_id` references the application
 * (a draft removed by retention takes its unpaid attempts along; a paid one is never a draft). A status moves only forward: created → paid | declined | abandoned, and
 * paid → refunded; the conditional UPDATE on status is what makes "paid" happen once.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** What the fee is for; the paid-listener of this purpose runs when it is paid (e.g. "application_fee"). */
    purpose: text("purpose").notNull(),
    description: text("description").notNull(),
    amountCents: integer("amount_cents").notNull(),
    status: paymentStatus("status").notNull().default("created"),
    provider: text("provider").notNull(),
    providerReference: text("provider_reference"),
    /** Where the educator lands after the checkout (a path inside the portal). */
    returnTo: text("return_to").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    refundedAt: timestamp("refunded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("payments_provider_reference_idx").on(t.provider, t.providerReference),
    index("payments_application_idx").on(t.applicationId, t.createdAt),
    index("payments_user_idx").on(t.userId),
    index("payments_created_status_idx").on(t.status, t.createdAt),
    check("payments_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

export const testCheckoutStatus = pgEnum("test_checkout_status", ["open", "approved", "declined", "expired", "refunded"]);

/**
 * The test provider's own side (what a hosted checkout keeps on its servers), so /dev/pay behaves like
 * a real one: its checkout id is the capability in the redirect URL, and nothing here names a person.
 */
export const testCheckouts = pgTable("test_checkouts", {
  id: text("id").primaryKey(),
  amountCents: integer("amount_cents").notNull(),
  description: text("description").notNull(),
  returnUrl: text("return_url").notNull(),
  status: testCheckoutStatus("status").notNull().default("open"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type PaymentRow = typeof payments.$inferSelect;
