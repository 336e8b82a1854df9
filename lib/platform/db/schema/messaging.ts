import { sql } from "drizzle-orm";
import { bigserial, index, inet, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { notificationKind, outboxStatus } from "./enums";
import { timestamps } from "./columns";
import { educators } from "./records";
import { staffMembers } from "./staff";

export const announcements = pgTable(
  "announcements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("announcements_starts_at_idx").on(t.startsAt)],
);

/** In-portal notifications (the dashboard's activity feed). `dedupe_key` makes scheduled ones once-only. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    linkPath: text("link_path"),
    dedupeKey: text("dedupe_key"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    // The feed and /notifications order by created_at desc, id desc (nulls first, PostgreSQL's default for
    // desc): this exact order lets a page be read straight from the index, never sorted.
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("notifications_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex("notifications_dedupe_key").on(t.dedupeKey),
  ],
);

/**
 * Outgoing email, written in the same transaction as the change that caused it. The deliverer claims
 * rows with FOR UPDATE SKIP LOCKED, so any number of instances cooperate; `id` doubles as the
 * provider's idempotency key so a retried send is delivered once.
 *
 * `html` and `text` hold AES-256-GCM ciphertext under the PII key named by `body_key_id` (bodies
 * carry live reset, unlock and confirmation links), and are emptied once the message has left the
 * machine, so a database dump or backup holds no usable token (TOK-1, NOTIF-5, PII-1). A null key id marks
 * a row written before sealing (plaintext); see lib/platform/email/sealed-body.ts.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    bodyKeyId: text("body_key_id"),
    template: text("template").notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
    index("email_outbox_to_created_idx").on(t.toAddress, t.createdAt.desc()),
  ],
);

/** Security and business events. `details` holds only allow-listed, non-personal fields. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    event: text("event").notNull(),
    outcome: text("outcome").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    educatorId: uuid("educator_id").references(() => educators.id, { onDelete: "set null" }),
    /** The staff member who acted (issue 15): staff actions are events too. */
    staffId: uuid("staff_id").references(() => staffMembers.id, { onDelete: "set null" }),
    ip: inet("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [
    index("audit_events_user_idx").on(t.userId, t.occurredAt.desc()),
    index("audit_events_educator_idx").on(t.educatorId, t.occurredAt.desc()),
    index("audit_events_event_idx").on(t.event, t.occurredAt.desc()),
    index("audit_events_staff_idx").on(t.staffId, t.occurredAt.desc()),
    index("audit_events_occurred_idx").on(t.occurredAt.desc()),
  ],
);

/** Fixed-window counters shared by every instance; updated by one atomic upsert per hit. */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limit_counters_expires_idx").on(t.expiresAt)],
);

export type Notification = typeof notifications.$inferSelect;
export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
