import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { users } from "./accounts";

/**
 * Second factors (issue 14). One authenticator app per account: its RFC 6238 secret is encrypted
 * with the PII key (AES-256-GCM, purpose "totp-secret"), never stored in clear. `confirmedAt` is null
 * while enrolment waits for the first good code; only a confirmed row counts as a factor.
 * `lastUsedStep` is the 30-second time step of the last accepted code: a code is accepted once (MFA-2).
 */
export const totpFactors = pgTable("totp_factors", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretCiphertext: text("secret_ciphertext").notNull(),
  secretKeyId: text("secret_key_id").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  lastUsedStep: integer("last_used_step"),
  /** The person's own name for it, shown on the Security section and in emails ("Work phone"). */
  name: text("name").notNull().default("Authenticator app"),
  ...timestamps,
});

/** Ten single-use recovery codes per account, only their SHA-256 stored; a new set replaces the old (MFA-4). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("recovery_codes_user_id_idx").on(t.userId)],
);

/**
 * Passkeys and security keys (WebAuthn, issue 14 item 1): several per account, each named. The public
 * key is stored (base64url of its COSE form); the signature counter and the backup flags are kept as
 * the authenticator last reported them (a counter that goes backwards is refused: a cloned key).
 */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    credentialId: text("credential_id").notNull(),
    publicKey: text("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: text("transports").array().notNull().default([]),
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull(),
    name: text("name").notNull(),
    createdAt: timestamps.createdAt,
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("passkeys_credential_id_key").on(t.credentialId), index("passkeys_user_id_idx").on(t.userId)],
);

/**
 * WebAuthn challenges (MFA-10): made by the server, kept here (not in the browser, not in memory, so
 * any instance can check them), two minutes long, deleted when used (single use), and bound to the
 * account and to the browser that asked (the hash of a random cookie value), so a challenge fetched
 * in one browser cannot finish a ceremony in another.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ceremony: text("ceremony", { enum: ["registration", "authentication"] }).notNull(),
    challenge: text("challenge").notNull(),
    browserHash: text("browser_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("webauthn_challenges_challenge_key").on(t.challenge), index("webauthn_challenges_user_id_idx").on(t.userId)],
);

/**
 * Per-account second-factor state that is not a factor. `deviceTrustVersion` is what a "remember this
 * browser" cookie is bound to (MFA-11); it is bumped by a password change or reset and by "sign out
 * everywhere". It is separate from users.session_version because that one also moves when a session
 * renews itself after the others were ended, and the Auth.js adapter reads every users column.
 * `removalDueAt` is a pending "Can't use your second factor?" request (MFA-12): after it, the next
 * password sign-in removes the factors; cancelling clears it.
 */
export const secondFactorAccounts = pgTable("second_factor_accounts", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  deviceTrustVersion: integer("device_trust_version").notNull().default(1),
  removalDueAt: timestamp("removal_due_at", { withTimezone: true }),
  ...timestamps,
});
