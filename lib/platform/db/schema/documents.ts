import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { applications } from "./applications";

/** PostgreSQL bytea as a Node Buffer (drizzle has no built-in bytea column). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Documents an educator uploads for an application (issue 13 item 4). The description lives here and
 * the bytes in document_contents, so listing an application's documents never reads the files.
 * `application_id` references the application (ON DELETE CASCADE, so a removed draft takes its files along).
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** Which of the application type's required documents this is (e.g. "transcript"). */
    requirement: text("requirement").notNull(),
    fileName: text("file_name").notNull(),
    /** From the content (magic bytes), never from the name or the browser's claim. */
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documents_application_idx").on(t.applicationId, t.createdAt),
    index("documents_user_idx").on(t.userId),
    check("documents_size_positive", sql`${t.sizeBytes} > 0`),
    check("documents_media_type_allowed", sql`${t.mediaType} in ('application/pdf', 'image/jpeg', 'image/png')`),
  ],
);

/** The bytes of one document; deleted with it (a removed document is really gone, DOC-4). */
export const documentContents = pgTable("document_contents", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  bytes: bytea("bytes").notNull(),
});

export type DocumentRow = typeof documents.$inferSelect;
