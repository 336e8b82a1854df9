import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { educatorNameKind, educatorSource } from "./enums";


/**
 * The agency's person records. Many exist before anyone registers. The SSN is held only as
 * AES-256-GCM ciphertext (with the id of the key that made it) and as a keyed HMAC fingerprint,
 * whose unique index makes "one record per SSN" a database fact.
 */
export const educators = pgTable(
  "educators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    publicId: text("public_id").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }).notNull(),
    ssnCiphertext: text("ssn_ciphertext").notNull(),
    ssnKeyId: text("ssn_key_id").notNull(),
    ssnFingerprint: text("ssn_fingerprint").notNull(),
    ssnFingerprintKeyId: text("ssn_fingerprint_key_id").notNull(),
    showFormerNames: boolean("show_former_names").notNull().default(true),
    /**
     * An address the agency already had for the person (records import), used only to warn them when
     * their record is claimed after failed searches (REG-4). Not the account's sign-in address.
     */
    emailOnFile: text("email_on_file"),
    source: educatorSource("source").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("educators_public_id_key").on(t.publicId),
    uniqueIndex("educators_ssn_fingerprint_key").on(t.ssnFingerprint),
    index("educators_pii_keys_idx").on(t.ssnKeyId, t.ssnFingerprintKeyId),
    check("educators_public_id_format", sql`${t.publicId} ~ '^[0-9A-HJKMNP-TV-Z]{10}$'`),
  ],
);

/**
 * Current and former names, one row each. The `*_norm` columns hold the one name normaliser's output
 * (lib/platform/security/normalize-name.ts) so every search matches O'Brien, OBrien and "o brien" alike.
 * `search_fingerprint` is the compound keyed fingerprint (last|first|DOB|SSN last four) that the
 * account search looks up by exact match; a former last name gets its own row and fingerprint.
 */
export const educatorNames = pgTable(
  "educator_names",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    kind: educatorNameKind("kind").notNull(),
    firstName: text("first_name").notNull(),
    middleName: text("middle_name"),
    lastName: text("last_name").notNull(),
    suffix: text("suffix"),
    firstNameNorm: text("first_name_norm").notNull(),
    lastNameNorm: text("last_name_norm").notNull(),
    searchFingerprint: text("search_fingerprint").notNull(),
    searchFingerprintKeyId: text("search_fingerprint_key_id").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex("educator_names_one_current_key").on(t.educatorId).where(sql`${t.kind} = 'current'`),
    index("educator_names_educator_idx").on(t.educatorId),
    index("educator_names_search_fingerprint_idx").on(t.searchFingerprint),
    // The public search's prefix scan: read in index order (exact last names first) and covering, so
    // the first 3,000 matches of a common name come from the index alone (lib/search/search-educators.ts).
    index("educator_names_search_idx").on(
      t.lastNameNorm.op("text_pattern_ops"),
      t.firstNameNorm.op("text_pattern_ops"),
      t.educatorId,
      t.kind,
    ),
    index("educator_names_last_trgm_idx").using("gin", t.lastNameNorm.op("gin_trgm_ops")),
    check("educator_names_norm_not_empty", sql`${t.lastNameNorm} <> '' and ${t.firstNameNorm} <> ''`),
  ],
);

export type Educator = typeof educators.$inferSelect;
export type NewEducator = typeof educators.$inferInsert;
export type EducatorName = typeof educatorNames.$inferSelect;
export type NewEducatorName = typeof educatorNames.$inferInsert;
