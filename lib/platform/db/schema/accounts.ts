import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { educators } from "./records";

/**
 * Accounts. `educator_id` is unique: one account per person, for life. Usernames are unique ignoring
 * case (a unique index on lower(username)). Emails are stored normalised but are not unique: families
 * share addresses. The Auth.js Drizzle adapter reads every column of this table, so nothing secret
 * lives here: password hashes have their own table, SSNs stay on the educator record.
 */
export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    educatorId: uuid("educator_id")
      .notNull()
      .references(() => educators.id, { onDelete: "restrict" }),
    username: text("username").notNull(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified_at", { withTimezone: true }),
    image: text("image"),
    /** Bumped on password change or reset and "sign out everywhere"; older JWTs stop working. */
    sessionVersion: integer("session_version").notNull().default(1),
    failedSignInCount: integer("failed_sign_in_count").notNull().default(0),
    lastFailedSignInAt: timestamp("last_failed_sign_in_at", { withTimezone: true }),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** Set after the hard cap of consecutive failures: only an emailed unlock link clears it. */
    unlockRequiredAt: timestamp("unlock_required_at", { withTimezone: true }),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** Set by staff (issue 15): a disabled account cannot sign in, and its sessions end (session_version is bumped too). */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_educator_id_key").on(t.educatorId),
    uniqueIndex("users_username_lower_key").on(sql`lower(${t.username})`),
    index("users_email_idx").on(t.email),
    check("users_username_format", sql`${t.username} ~ '^[A-Za-z0-9._-]{3,64}$'`),
    check("users_email_normalised", sql`${t.email} = lower(btrim(${t.email}))`),
  ],
);

/** argon2id PHC strings (parameters travel with the hash), out of the adapter's reach. */
export const passwordHashes = pgTable("password_hashes", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  hash: text("hash").notNull(),
  updatedAt: timestamps.updatedAt,
});

/** Auth.js adapter table: Microsoft (Entra ID) links, matched on (provider, subject), never on email. */
export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
