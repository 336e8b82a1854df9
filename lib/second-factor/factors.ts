import "server-only";
import { eq, exists, sql } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { secondFactorAccounts, users } from "@/lib/platform/db/schema";
import { confirmedAuthenticator, hasAuthenticator } from "./authenticator";
import { passkeyCount, passkeysOf } from "./passkeys";

/** "Has a confirmed authenticator app or at least one passkey", as one SQL expression. */
function anyFactor(userId: string, executor: Executor) {
  return sql<boolean>`(${exists(confirmedAuthenticator(userId, executor))} or ${exists(passkeysOf(userId, executor))})`.mapWith(Boolean);
}

/** Whether the account has any second factor: a confirmed authenticator app or at least one passkey. */
export async function hasSecondFactor(userId: string, executor: Executor = db): Promise<boolean> {
  // One statement: the dashboard asks on every visit (its two-step prompt).
  const [row] = await executor.select({ has: anyFactor(userId, executor) }).from(sql`(select 1) as probe`);
  return Boolean(row?.has);
}

/** How many factors the account has (the authenticator counts once; each passkey once): the last one is guarded (MFA-9). */
export async function secondFactorCount(userId: string, executor: Executor = db): Promise<number> {
  return (await passkeyCount(userId, executor)) + ((await hasAuthenticator(userId, executor)) ? 1 : 0);
}

export type SecondFactorFacts = { hasFactor: boolean; removalDueAt: Date | null; deviceTrustVersion: number };

/**
 * What a sign-in needs to know of the account's second factors, in one statement (it runs after
 * every right password): whether it has one (as hasSecondFactor), when a "Can't use your second
 * factor?" removal falls due (MFA-12), and the device-trust version a remembered browser must carry (MFA-11).
 */
export async function secondFactorFacts(userId: string, executor: Executor = db): Promise<SecondFactorFacts> {
  const [row] = await executor
    .select({
      hasFactor: anyFactor(userId, executor),
      removalDueAt: secondFactorAccounts.removalDueAt,
      deviceTrustVersion: secondFactorAccounts.deviceTrustVersion,
    })
    .from(sql`(select 1) as probe`)
    .leftJoin(secondFactorAccounts, eq(secondFactorAccounts.userId, userId));
  return { hasFactor: Boolean(row?.hasFactor), removalDueAt: row?.removalDueAt ?? null, deviceTrustVersion: row?.deviceTrustVersion ?? 1 };
}

/**
 * In a removal's transaction: locks the account's row, so two removals of its factors run one after
 * the other, and says whether one more factor may go (MFA-9: never the last where one is required).
 */
export async function mayRemoveOneFactor(tx: Executor, userId: string, required: boolean): Promise<boolean> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  return !required || (await secondFactorCount(userId, tx)) > 1;
}
