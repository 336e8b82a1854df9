import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import type { Executor } from "@/lib/platform/db/client";
import { educatorNames, educators, registrationClaims } from "@/lib/platform/db/schema";
import { hashToken, looksLikeToken, newToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * "This is me!" claims (REG-7). The search hands the browser one opaque token per record it found;
 * the server keeps only the token's hash, bound to the hash of the browser's anonymous HttpOnly
 * pre-registration cookie. The claim step therefore trusts server state, not the form: a token from
 * another browser, a made-up one, an expired one or a used one is refused.
 */
export const CLAIM_LIFETIME_MINUTES = 30;

export async function createClaim(executor: Executor, educatorId: string, browserBinding: string): Promise<string> {
  const token = newToken();
  await executor.insert(registrationClaims).values({
    tokenHash: hashToken(token),
    browserBindingHash: hashToken(browserBinding),
    educatorId,
    expiresAt: new Date(now().getTime() + CLAIM_LIFETIME_MINUTES * 60_000),
    createdAt: now(),
  });
  return token;
}

export type ClaimProblem = "unknown" | "expired" | "used";

export type ClaimedRecord = { educatorId: string; firstName: string; lastName: string; dateOfBirth: string };

/**
 * The record a claim token stands for, if the token is this browser's, unexpired and unused. Shows
 * the record's current name and date of birth: the person typed them (or a former name) moments ago.
 */
export async function readClaim(
  executor: Executor,
  token: string | undefined,
  browserBinding: string | undefined,
): Promise<{ ok: true; record: ClaimedRecord } | { ok: false; problem: ClaimProblem }> {
  if (!looksLikeToken(token) || !browserBinding) return { ok: false, problem: "unknown" };
  const [row] = await executor
    .select({
      educatorId: registrationClaims.educatorId,
      binding: registrationClaims.browserBindingHash,
      expiresAt: registrationClaims.expiresAt,
      consumedAt: registrationClaims.consumedAt,
      firstName: educatorNames.firstName,
      lastName: educatorNames.lastName,
      dateOfBirth: educators.dateOfBirth,
    })
    .from(registrationClaims)
    .innerJoin(educators, eq(educators.id, registrationClaims.educatorId))
    .innerJoin(educatorNames, and(eq(educatorNames.educatorId, educators.id), eq(educatorNames.kind, "current")))
    .where(eq(registrationClaims.tokenHash, hashToken(token)))
    .limit(1);
  // A token bound to another browser is as good as unknown here: say nothing more about it.
  if (!row || row.binding !== hashToken(browserBinding)) return { ok: false, problem: "unknown" };
  if (row.consumedAt) return { ok: false, problem: "used" };
  if (row.expiresAt <= now()) return { ok: false, problem: "expired" };
  const { educatorId, firstName, lastName, dateOfBirth } = row;
  return { ok: true, record: { educatorId, firstName, lastName, dateOfBirth } };
}

/**
 * Marks the claim used, inside the account's transaction: if the account is not created the
 * transaction rolls back and the claim stays usable (a weak password does not send anyone back to
 * the start). Returns the record id, or null when the claim is no longer valid.
 */
export async function consumeClaim(executor: Executor, token: string, browserBinding: string): Promise<string | null> {
  const at = now();
  const [row] = await executor
    .update(registrationClaims)
    .set({ consumedAt: at })
    .where(
      and(
        eq(registrationClaims.tokenHash, hashToken(token)),
        eq(registrationClaims.browserBindingHash, hashToken(browserBinding)),
        isNull(registrationClaims.consumedAt),
        gt(registrationClaims.expiresAt, sql`${at.toISOString()}::timestamptz`),
      ),
    )
    .returning({ educatorId: registrationClaims.educatorId });
  return row?.educatorId ?? null;
}
