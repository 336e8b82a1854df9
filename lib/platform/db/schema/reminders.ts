import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { credentials } from "./credentials";

/**
 * Which renewal reminder emails went out: one row per credential, expiration date and stage (90, 30
 * or 7 days before). The primary key is what makes each reminder once-only when every instance runs
 * the task at once; a renewal that moves the expiration date starts the three stages again.
 */
export const renewalReminders = pgTable(
  "renewal_reminders",
  {
    credentialId: uuid("credential_id")
      .notNull()
      .references(() => credentials.id, { onDelete: "cascade" }),
    expirationDate: date("expiration_date", { mode: "string" }).notNull(),
    daysBefore: integer("days_before").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.credentialId, t.expirationDate, t.daysBefore] }), index("renewal_reminders_user_idx").on(t.userId)],
);

/**
 * Which optional emails a person wants, per category. No row means the defaults (every category on).
 * In-portal notifications and security emails (password changed, new sign-in method...) are not
 * optional and have no column here.
 */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  renewalReminderEmails: boolean("renewal_reminder_emails").notNull().default(true),
  announcementEmails: boolean("announcement_emails").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type NotificationPreferences = typeof notificationPreferences.$inferSelect;
