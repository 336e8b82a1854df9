import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * The agency's side (issue 15). Staff are not educators: their own table, their own password hashes,
 * their own sessions and their own second factors, so no educator session, guard or query can ever
 * reach a staff row by accident, and a staff sign-in never yields an educator session (or the reverse).
 */
export const staffRole = pgEnum("staff_role", ["reviewer", "support", "records", "admin"]);

export const staffMembers = pgTable(
  "staff_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored normalised (lower, trimmed); the sign-in name. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    roles: staffRole("roles").array().notNull().default(sql`'{}'::staff_role[]`),
    /** Disabled staff cannot sign in, and their live sessions stop at the next request. */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Microsoft (the agency's tenant): matched on the token's subject, never on email. */
    microsoftSubject: text("microsoft_subject"),
    failedSignInCount: integer("failed_sign_in_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("staff_members_email_key").on(t.email),
    uniqueIndex("staff_members_microsoft_subject_key").on(t.microsoftSubject),
    check("staff_members_email_normalised", sql`${t.email} = lower(btrim(${t.email}))`),
  ],
);

/** argon2id PHC strings; a staff member invited by link has none until they choose one. */
export const staffPasswordHashes = pgTable("staff_password_hashes", {
  staffId: uuid("staff_id")
    .primaryKey()
    .references(() => staffMembers.id, { onDelete: "cascade" }),
  hash: text("hash").notNull(),
  updatedAt: timestamps.updatedAt,
});

/**
 * Database sessions (not JWTs) so that a disable, a role change or a sign-out takes effect at the
 * next request. Only the SHA-256 of the cookie's random value is stored. `secondFactorAt` is null
 * between the password and the second factor: such a session reaches only the second step (or
 * enrolment, for a staff member who has no factor yet).
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    createdAt: timestamps.createdAt,
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    secondFactorAt: timestamp("second_factor_at", { withTimezone: true }),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [uniqueIndex("staff_sessions_token_hash_key").on(t.tokenHash), index("staff_sessions_staff_idx").on(t.staffId)],
);

/** A staff member's authenticator app (the same RFC 6238 rules as educators', lib/second-factor/totp.ts). */
export const staffTotpFactors = pgTable("staff_totp_factors", {
  staffId: uuid("staff_id")
    .primaryKey()
    .references(() => staffMembers.id, { onDelete: "cascade" }),
  secretCiphertext: text("secret_ciphertext").notNull(),
  secretKeyId: text("secret_key_id").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  lastUsedStep: integer("last_used_step"),
  ...timestamps,
});

/** Ten single-use recovery codes, only their SHA-256 stored. */
export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("staff_recovery_codes_staff_idx").on(t.staffId)],
);

/** Enrolment (invitation) links: single use, only the hash stored, 72 hours by default. */
export const staffEnrolmentTokens = pgTable(
  "staff_enrolment_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffMembers.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("staff_enrolment_tokens_hash_key").on(t.tokenHash)],
);

export type StaffRole = (typeof staffRole.enumValues)[number];
export type StaffMember = typeof staffMembers.$inferSelect;
