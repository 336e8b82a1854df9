import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { microsoftLinkIntents, oneTimeTokens, secondFactorAccounts, type OneTimeTokenPurpose } from "@/lib/platform/db/schema";

/**
 * The one store of single-use tokens: emailed links (confirmation, reset, unlock, email change) and
 * server-side tickets (session renewal, session start after registering). Every token is 256 random
 * bits, only its SHA-256 is stored (TOK-1), it is used up atomically once (TOK-2, TOK-4) and it dies
 * at its purpose's lifetime. Browser-bound rows (claims, pending Microsoft links) keep their own
 * tables but use newToken, hashToken and looksLikeToken from here.
 */
type PurposeRule = {
  lifetimeSeconds: number;
  /** A new token retires the account's older live ones of the same purpose, so only the latest link works. */
  replacesOlder: boolean;
};

const rules: Record<OneTimeTokenPurpose, PurposeRule> = {
  // TOK-2/TOK-3: a resend may rotate or reuse; older confirmation links stay good until they expire.
  email_confirmation: { lifetimeSeconds: 24 * 60 * 60, replacesOlder: false },
  email_change: { lifetimeSeconds: 24 * 60 * 60, replacesOlder: true },
  password_reset: { lifetimeSeconds: 30 * 60, replacesOlder: true }, // TOK-4
  account_unlock: { lifetimeSeconds: 24 * 60 * 60, replacesOlder: true },
  // Tickets are used in the request that made them (or the next one): a minute is plenty.
  session_renewal: { lifetimeSeconds: 60, replacesOlder: true },
  session_ticket: { lifetimeSeconds: 60, replacesOlder: true },
  // The person types a code from their phone between the password and the session: five minutes.
  second_factor_ticket: { lifetimeSeconds: 5 * 60, replacesOlder: true },
  // "Can't use your second factor?" (MFA-12): the emailed link that starts the 24-hour wait, and the
  // link in the warning email that cancels it (good for the wait and a day more).
  second_factor_removal: { lifetimeSeconds: 60 * 60, replacesOlder: true },
  second_factor_removal_cancel: { lifetimeSeconds: 48 * 60 * 60, replacesOlder: true },
};

export const tokenLifetimeSeconds = (purpose: OneTimeTokenPurpose) => rules[purpose].lifetimeSeconds;

/** 256 random bits from the CSPRNG, URL-safe (TOK-1). Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens arrive from forms, links and cookies: anything not shaped like ours is refused before any query. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export type TokenOwner = { purpose: OneTimeTokenPurpose; userId: string; email: string };

/** Issues a token for `owner`, in the caller's transaction (the email that carries it commits with it). */
export async function issueToken(executor: Executor, owner: TokenOwner): Promise<string> {
  const at = now();
  const token = newToken();
  if (rules[owner.purpose].replacesOlder) await retireTokens(executor, owner.purpose, owner.userId);
  await executor.insert(oneTimeTokens).values({
    ...owner,
    tokenHash: hashToken(token),
    expiresAt: new Date(at.getTime() + rules[owner.purpose].lifetimeSeconds * 1000),
    createdAt: at,
  });
  return token;
}

/** Uses up every live token of `purpose` the account holds (a newer link, a finished change). */
export async function retireTokens(executor: Executor, purpose: OneTimeTokenPurpose, userId: string): Promise<void> {
  await executor
    .update(oneTimeTokens)
    .set({ usedAt: now() })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}

/** The purposes whose tokens travel by email: what a password change must retire. */
const emailedPurposes: OneTimeTokenPurpose[] = ["email_confirmation", "email_change", "password_reset", "account_unlock", "second_factor_removal"];

/**
 * Retires every outstanding emailed link of the account (email change, unlock, reset, confirmation
 * re-sends) and every pending Microsoft link intent, in the caller's transaction. A password reset, a
 * password change and "sign out of all other sessions" call it: whoever had the old password (or an
 * old session) may have started any of these, and none may outlive the owner taking the account back
 * (issue 11 item 3; SES-5, TOK-4). Session tickets are left alone: the change issues one for itself.
 * It also bumps the account's device-trust version, so every "remembered" browser is asked for the
 * second factor again (MFA-11, lib/second-factor/device-trust.ts).
 */
export async function retireAccountLinks(executor: Executor, userId: string): Promise<void> {
  await executor
    .update(oneTimeTokens)
    .set({ usedAt: now() })
    .where(and(eq(oneTimeTokens.userId, userId), inArray(oneTimeTokens.purpose, emailedPurposes), isNull(oneTimeTokens.usedAt)));
  await executor
    .update(microsoftLinkIntents)
    .set({ consumedAt: now() })
    .where(and(eq(microsoftLinkIntents.userId, userId), isNull(microsoftLinkIntents.consumedAt)));
  await executor
    .insert(secondFactorAccounts)
    .values({ userId, deviceTrustVersion: 2 })
    .onConflictDoUpdate({ target: secondFactorAccounts.userId, set: { deviceTrustVersion: sql`${secondFactorAccounts.deviceTrustVersion} + 1` } });
}

function live(purpose: OneTimeTokenPurpose, token: string) {
  return and(
    eq(oneTimeTokens.tokenHash, hashToken(token)),
    eq(oneTimeTokens.purpose, purpose),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, sql`${now().toISOString()}::timestamptz`),
  );
}

export type TokenHolder = { userId: string; email: string };

/** Looks a live token up without using it (a page shows its form only for a live link). */
export async function peekToken(purpose: OneTimeTokenPurpose, token: unknown, executor: Executor = db): Promise<TokenHolder | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await executor.select({ userId: oneTimeTokens.userId, email: oneTimeTokens.email }).from(oneTimeTokens).where(live(purpose, token));
  return row ?? null;
}

/**
 * Uses a token up, atomically: of two concurrent uses exactly one gets the row (single use). With
 * `boundTo`, only a token issued to that user id is used; anyone else's is left untouched.
 */
export async function consumeToken(purpose: OneTimeTokenPurpose, token: unknown, executor: Executor = db, boundTo?: string): Promise<TokenHolder | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await executor
    .update(oneTimeTokens)
    .set({ usedAt: now() })
    .where(and(live(purpose, token), boundTo === undefined ? undefined : eq(oneTimeTokens.userId, boundTo)))
    .returning({ userId: oneTimeTokens.userId, email: oneTimeTokens.email });
  return row ?? null;
}

/** Why a token could not be used, for pages that say so (TOK-2: unknown, used and expired differ). */
export async function deadTokenReason(purpose: OneTimeTokenPurpose, token: unknown, executor: Executor = db): Promise<"unknown" | "used" | "expired"> {
  if (!looksLikeToken(token)) return "unknown";
  const [row] = await executor
    .select({ usedAt: oneTimeTokens.usedAt })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tokenHash, hashToken(token)), eq(oneTimeTokens.purpose, purpose)));
  if (!row) return "unknown";
  return row.usedAt ? "used" : "expired";
}

/** The newest live token of `purpose` the account holds (the profile shows a pending email change by it). */
export async function newestLiveToken(purpose: OneTimeTokenPurpose, userId: string, executor: Executor = db): Promise<TokenHolder | null> {
  const [row] = await executor
    .select({ userId: oneTimeTokens.userId, email: oneTimeTokens.email })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.userId, userId),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, sql`${now().toISOString()}::timestamptz`),
      ),
    )
    .orderBy(desc(oneTimeTokens.createdAt))
    .limit(1);
  return row ?? null;
}
