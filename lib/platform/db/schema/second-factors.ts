import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
