import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffMembers } from "./staff";
import { supportRequests } from "./workflow";

/**
 * The thread of a support request after the first message (which stays on `support_requests`): staff
 * replies, and the educator's own follow-ups from "My requests". `author` says which side wrote it;
 * a staff reply names its staff member (kept if they leave: set null only when the row is deleted).
 */
export const supportRequestMessages = pgTable(
  "support_request_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    supportRequestId: uuid("support_request_id")
      .notNull()
      .references(() => supportRequests.id, { onDelete: "cascade" }),
    author: text("author").notNull(),
    staffId: uuid("staff_id").references(() => staffMembers.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_request_messages_request_idx").on(t.supportRequestId, t.createdAt),
    check("support_request_messages_author", sql`${t.author} in ('staff', 'educator')`),
  ],
);

export type SupportRequestMessage = typeof supportRequestMessages.$inferSelect;
