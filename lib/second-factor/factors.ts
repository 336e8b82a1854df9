import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { hasAuthenticator } from "./authenticator";
import { passkeyCount } from "./passkeys";

/** Whether the account has any second factor: a confirmed authenticator app or at least one passkey. */
export async function hasSecondFactor(userId: string, executor: Executor = db): Promise<boolean> {
  return (await hasAuthenticator(userId, executor)) || (await passkeyCount(userId, executor)) > 0;
}

/** How many factors the account has (the authenticator counts once; each passkey once): the last one is guarded (MFA-9). */
export async function secondFactorCount(userId: string, executor: Executor = db): Promise<number> {
  return (await passkeyCount(userId, executor)) + ((await hasAuthenticator(userId, executor)) ? 1 : 0);
}

/**
 * In a removal's transaction: locks the account's row, so two removals of its factors run one after
 * the other, and says whether one more factor may go (MFA-9: never the last where one is required).
 */
export async function mayRemoveOneFactor(tx: Executor, userId: string, required: boolean): Promise<boolean> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  return !required || (await secondFactorCount(userId, tx)) > 1;
}
