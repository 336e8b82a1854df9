import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgSequence, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { timestamps } from "./columns";
import { credentials } from "./credentials";
import { applicationElementOwner, applicationElementStatus, applicationStatus } from "./enums";
import { educators } from "./records";
import { staffMembers } from "./staff";

/**
 * Certificate numbers the console issues (issue 15): a sequence, so two approvals at once never
 * draw the same number; it starts above every seeded and imported range (10…, 90000…).
 */
export const certificateNumberSequence = pgSequence("certificate_number_seq", { startWith: 70000001, increment: 1 });

/**
 * The kinds of application the agency takes online, as data (seeded from lib/applications/catalog.ts
 * by ensureApplicationTypes; staff may edit them later). `steps` and `requiredDocuments` are ordered
 * lists of keys the wizard knows; `eligibility` names a rule in lib/applications/eligibility.ts.
 */
export const applicationTypes = pgTable("application_types", {
  code: text("code").primaryKey(),
  formCode: text("form_code"),
  name: text("name").notNull(),
  description: text("description").notNull(),
  steps: jsonb("steps").$type<string[]>().notNull(),
  requiredDocuments: jsonb("required_documents").$type<string[]>().notNull(),
  feeCents: integer("fee_cents").notNull(),
  /** Why the fee is waived, when it is (e.g. "No fee for a duplicate after a name change"); null: the fee applies. */
  feeWaiver: text("fee_waiver"),
  eligibility: text("eligibility").notNull(),
  /** District-initiated types are listed but the educator cannot start them. */
  startedBy: text("started_by").$type<"educator" | "district">().notNull().default("educator"),
  sortOrder: integer("sort_order").notNull().default(0),
  active: boolean("active").notNull().default(true),
  /** The two-person rule: one reviewer recommends approval and a different one approves. */
  secondReviewerRequired: boolean("second_reviewer_required").notNull().default(false),
  ...timestamps,
});

/** One educator's application; `answers` holds each step's answers under the step's key. */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    typeCode: text("type_code")
      .notNull()
      .references(() => applicationTypes.code),
    status: applicationStatus("status").notNull().default("draft"),
    answers: jsonb("answers").$type<Record<string, Record<string, string>>>().notNull().default({}),
    currentStep: text("current_step").notNull(),
    feeCents: integer("fee_cents"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewStartedAt: timestamp("review_started_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** When the 14-day "your draft will be removed" email went out (null: not yet, or saved since). */
    retentionWarnedAt: timestamp("retention_warned_at", { withTimezone: true }),
    /** The reviewer working on it (the queue's "assignee"); null: unassigned. */
    assignedStaffId: uuid("assigned_staff_id").references(() => staffMembers.id, { onDelete: "set null" }),
    /** Under the two-person rule: who recommended approval (that reviewer may not also approve). */
    recommendedByStaffId: uuid("recommended_by_staff_id").references(() => staffMembers.id, { onDelete: "set null" }),
    recommendedAt: timestamp("recommended_at", { withTimezone: true }),
    /** The credential the approval issued or renewed. */
    credentialId: uuid("credential_id").references(() => credentials.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("applications_reference_key").on(t.reference),
    // One draft per type per educator: a second "Start" resumes the first.
    uniqueIndex("applications_one_draft_per_type").on(t.userId, t.typeCode).where(sql`${t.status} = 'draft'`),
    index("applications_user_idx").on(t.userId, t.createdAt.desc()),
    index("applications_queue_idx").on(t.status, t.submittedAt),
    index("applications_assignee_idx").on(t.assignedStaffId, t.submittedAt),
  ],
);

/** The application's timeline. `user_id` is the applicant's, so authorization tests see these rows as theirs. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: serial("id").primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    actor: text("actor").$type<"you" | "agency" | "system">().notNull(),
    description: text("description").notNull(),
    /** The educator's answer to "information requested" (their own words). */
    body: text("body"),
  },
  (t) => [index("application_events_application_idx").on(t.applicationId, t.occurredAt)],
);

/** The per-element checklist: what the agency needs, who supplies it, and whether it has arrived. */
export const applicationElements = pgTable(
  "application_elements",
  {
    id: serial("id").primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    element: text("element").notNull(),
    owner: applicationElementOwner("owner").notNull(),
    status: applicationElementStatus("status").notNull().default("waiting"),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("application_elements_application_idx").on(t.applicationId, t.sortOrder)],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationTypeRow = typeof applicationTypes.$inferSelect;
