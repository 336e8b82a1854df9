import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { webauthnChallenges } from "@/lib/platform/db/schema";
import { hashToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * WebAuthn challenges (MFA-10): stored server-side, two minutes long, single use (deleted by the check
 * that accepts them) and bound to the account, the ceremony and the browser that asked (`browserKey`,
 * a random httpOnly cookie value of which only the hash is stored).
 */
export const CHALLENGE_LIFETIME_SECONDS = 120;

export type Ceremony = "registration" | "authentication";
export type ChallengeOwner = { userId: string; ceremony: Ceremony; browserKey: string };

/** Keeps `challenge` for `owner`; the account's older challenges of the same ceremony stop working. */
export async function saveChallenge(owner: ChallengeOwner, challenge: string, executor: Executor = db): Promise<void> {
  const at = now();
  await executor.delete(webauthnChallenges).where(and(eq(webauthnChallenges.userId, owner.userId), eq(webauthnChallenges.ceremony, owner.ceremony)));
  await executor.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, sql`${at.toISOString()}::timestamptz`));
  await executor.insert(webauthnChallenges).values({
    userId: owner.userId,
    ceremony: owner.ceremony,
    challenge,
    browserHash: hashToken(owner.browserKey),
    expiresAt: new Date(at.getTime() + CHALLENGE_LIFETIME_SECONDS * 1000),
    createdAt: at,
  });
}

/**
 * Uses `challenge` up if it is live and was made for this owner: one DELETE … RETURNING, so of two
 * racing checks exactly one gets it. Anyone else's challenge is left alone.
 */
export async function takeChallenge(owner: ChallengeOwner, challenge: string, executor: Executor = db): Promise<boolean> {
  const taken = await executor
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, challenge),
        eq(webauthnChallenges.userId, owner.userId),
        eq(webauthnChallenges.ceremony, owner.ceremony),
        eq(webauthnChallenges.browserHash, hashToken(owner.browserKey)),
        gt(webauthnChallenges.expiresAt, sql`${now().toISOString()}::timestamptz`),
      ),
    )
    .returning({ id: webauthnChallenges.id });
  return taken.length === 1;
}
