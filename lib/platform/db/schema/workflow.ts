import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { timestamps } from "./columns";
import { nameChangeStatus, oneTimeTokenPurpose, supportRequestStatus, supportTopic } from "./enums";
import { educators } from "./records";
import { staffMembers } from "./staff";

/**
 * Emailed one-time tokens (TOK-*): only the SHA-256 of the token is stored, single use (`used_at`),
 * short lived (`expires_at`). `email` is the address the link was sent to: for an email change it is
 * the new address, which becomes the account's only when the link is used.
 */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: oneTimeTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("one_time_tokens_hash_key").on(t.tokenHash), index("one_time_tokens_user_idx").on(t.userId, t.purpose)],
);

/**
 * "This is me!" (REG-7): which record the account search found, remembered server-side. The claim
 * token's hash, bound to the hash of an anonymous HttpOnly pre-registration cookie, short lived, and
 * consumed only when the account is created.
 */
export const registrationClaims = pgTable(
  "registration_claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    browserBindingHash: text("browser_binding_hash").notNull(),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("registration_claims_token_key").on(t.tokenHash), index("registration_claims_expires_idx").on(t.expiresAt)],
);

/** Captcha challenges already redeemed (CAP-*): a solution is accepted once, on any instance. */
export const usedCaptchaChallenges = pgTable(
  "used_captcha_challenges",
  {
    challengeHash: text("challenge_hash").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("used_captcha_challenges_expires_idx").on(t.expiresAt)],
);

/**
 * "Forgot password" and "Forgot username" requests waiting for the background deliverer (TOK-5,
 * ASVS 6.3.8): the request path only writes a row here, the same statements whatever was typed, and
 * the deliverer does the per-account work (token, email, audit) and deletes the row. What was typed
 * is sealed under the PII key (AES-256-GCM, purpose "recovery-request"), so the queue holds no
 * readable address or username.
 */
export const recoveryRequests = pgTable(
  "recovery_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: ["password", "username"] }).notNull(),
    typedCiphertext: text("typed_ciphertext").notNull(),
    typedKeyId: text("typed_key_id").notNull(),
    /** The request's facts, for the audit events the deliverer writes. */
    ip: text("ip").notNull(),
    userAgent: text("user_agent"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("recovery_requests_created_idx").on(t.createdAt)],
);

/**
 * An unlinked Microsoft identity waiting for its person to sign in with a password or register
 * (AJS-7): server-side, single use, short lived, bound to the browser that started it.
 */
export const pendingMicrosoftLinks = pgTable(
  "pending_microsoft_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    browserBindingHash: text("browser_binding_hash").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    tenantId: text("tenant_id"),
    /** Shown to the person ("you signed in to Microsoft as …"); never used to match an account (AJS-6). */
    displayEmail: text("display_email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("pending_microsoft_links_token_key").on(t.tokenHash)],
);

/**
 * "Link Microsoft account" on the profile: the signed-in person's explicit, server-side intent to link
 * the identity the next Microsoft sign-in returns to *their* account (AJS-6, never by email). Single
 * use, short lived, bound to the browser (HttpOnly cookie: token and binding secret, hashes stored
 * here) and to the user who created it; the sign-in callback also checks that user is still the
 * session's. Without one, a Microsoft sign-in never links to a signed-in session.
 */
export const microsoftLinkIntents = pgTable(
  "microsoft_link_intents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    browserBindingHash: text("browser_binding_hash").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("microsoft_link_intents_token_key").on(t.tokenHash), index("microsoft_link_intents_user_idx").on(t.userId)],
);

/** Contact details an educator keeps up to date on the profile (not part of the agency's record). */
export const contactDetails = pgTable("contact_details", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  phone: text("phone"),
  addressLine1: text("address_line1"),
  addressLine2: text("address_line2"),
  city: text("city"),
  state: text("state"),
  postalCode: text("postal_code"),
  updatedAt: timestamps.updatedAt,
});

/** The online support form. `reference` is what the person quotes when they call. */
export const supportRequests = pgTable(
  "support_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    topic: supportTopic("topic").notNull(),
    message: text("message").notNull(),
    status: supportRequestStatus("status").notNull().default("open"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("support_requests_reference_key").on(t.reference), index("support_requests_user_idx").on(t.userId, t.createdAt.desc())],
);

/** "Request a name change": the new name and the reason, for staff review. */
export const nameChangeRequests = pgTable(
  "name_change_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "cascade" }),
    firstName: text("first_name").notNull(),
    middleName: text("middle_name"),
    lastName: text("last_name").notNull(),
    reason: text("reason").notNull(),
    status: nameChangeStatus("status").notNull().default("received"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** The staff member who decided, and what they told the educator (shown on "My requests"). */
    decidedBy: uuid("decided_by").references(() => staffMembers.id, { onDelete: "set null" }),
    decisionMessage: text("decision_message"),
    ...timestamps,
  },
  (t) => [
    index("name_change_requests_user_idx").on(t.userId, t.createdAt.desc()),
    // One open request at a time per person.
    uniqueIndex("name_change_requests_one_open_key").on(t.userId).where(sql`${t.status} = 'received'`),
  ],
);
