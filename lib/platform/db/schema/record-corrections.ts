import { index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { educators } from "./records";
import { staffMembers } from "./staff";

/**
 * Staff corrections of a record's date of birth or SSN (issue 15, "both values kept in history").
 * A date of birth is kept as typed (ISO); an SSN only as ciphertext under the "ssn" purpose, with the
 * key id beside each value, exactly like educators.ssn_ciphertext. The reason is the staff member's own words.
 */
export const recordCorrectionField = pgEnum("record_correction_field", ["date_of_birth", "ssn"]);

export const recordCorrections = pgTable(
  "record_corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    staffId: uuid("staff_id").references(() => staffMembers.id, { onDelete: "set null" }),
    field: recordCorrectionField("field").notNull(),
    oldValue: text("old_value").notNull(),
    oldKeyId: text("old_key_id"),
    newValue: text("new_value").notNull(),
    newKeyId: text("new_key_id"),
    reason: text("reason").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("record_corrections_educator_idx").on(t.educatorId, t.createdAt.desc())],
);

export type RecordCorrection = typeof recordCorrections.$inferSelect;
