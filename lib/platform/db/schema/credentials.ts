import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { credentialRank, credentialStatus, disciplinaryActionType } from "./enums";
import { timestamps } from "./columns";
import { educators } from "./records";

/** The certificate families an agency issues (e.g. Professional Certificate, Grades 8-12). */
export const credentialTypes = pgTable(
  "credential_types",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
    validityYears: integer("validity_years"),
  },
  (t) => [uniqueIndex("credential_types_code_key").on(t.code)],
);

export const credentials = pgTable(
  "credentials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    credentialTypeId: integer("credential_type_id")
      .notNull()
      .references(() => credentialTypes.id),
    certificateNumber: text("certificate_number").notNull(),
    area: text("area"),
    gradeRange: text("grade_range"),
    rank: credentialRank("rank"),
    status: credentialStatus("status").notNull(),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    expirationDate: date("expiration_date", { mode: "string" }),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("credentials_certificate_number_key").on(t.certificateNumber),
    // Also answers "holds a credential with this status" from the index alone (public search filter).
    index("credentials_educator_status_idx").on(t.educatorId, t.status),
    index("credentials_active_expiration_idx").on(t.expirationDate).where(sql`${t.status} = 'active'`),
    check("credentials_dates_ordered", sql`${t.expirationDate} is null or ${t.expirationDate} >= ${t.effectiveDate}`),
  ],
);

/** Areas added to a certificate after issue. */
export const endorsements = pgTable(
  "endorsements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    credentialId: uuid("credential_id")
      .notNull()
      .references(() => credentials.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
  },
  (t) => [uniqueIndex("endorsements_credential_name_key").on(t.credentialId, t.name)],
);

/** Only actions the agency publishes (16 KAR 1:030); admonishments stay in the case file, not here. */
export const disciplinaryActions = pgTable(
  "public_disciplinary_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    credentialId: uuid("credential_id").references(() => credentials.id, { onDelete: "set null" }),
    actionType: disciplinaryActionType("action_type").notNull(),
    actionDate: date("action_date", { mode: "string" }).notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }),
    effectiveUntil: date("effective_until", { mode: "string" }),
    summary: text("summary").notNull(),
    orderUrl: text("order_url"),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index("public_disciplinary_actions_educator_idx").on(t.educatorId),
    check(
      "public_disciplinary_actions_period_ordered",
      sql`${t.effectiveUntil} is null or ${t.effectiveFrom} is null or ${t.effectiveUntil} >= ${t.effectiveFrom}`,
    ),
  ],
);

export const testScores = pgTable(
  "test_scores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    testCode: text("test_code").notNull(),
    testName: text("test_name").notNull(),
    score: integer("score").notNull(),
    passingScore: integer("passing_score"),
    testDate: date("test_date", { mode: "string" }).notNull(),
    reportedBy: text("reported_by").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("test_scores_educator_idx").on(t.educatorId)],
);

export type CredentialType = typeof credentialTypes.$inferSelect;
export type Credential = typeof credentials.$inferSelect;
export type NewCredential = typeof credentials.$inferInsert;
