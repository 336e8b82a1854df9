import "server-only";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { totpFactors } from "@/lib/platform/db/schema";
import { decryptPii, encryptPii } from "@/lib/platform/security/pii";
import { checkTotpCode, newTotpSecret, type TotpCheck } from "./totp";

/**
 * The account's authenticator app (MFA-1..3). The secret is encrypted with the PII key under its own
 * purpose (MFA-3), so it cannot be swapped with another encrypted column. Enrolment writes an
 * unconfirmed row; the first good code confirms it, and only then is it a factor.
 */
type Row = typeof totpFactors.$inferSelect;

function secretOf(row: Row): string {
  return decryptPii(row.secretCiphertext, row.secretKeyId, "totp-secret");
}

async function rowOf(userId: string, executor: Executor): Promise<Row | undefined> {
  const [row] = await executor.select().from(totpFactors).where(eq(totpFactors.userId, userId));
  return row;
}

/** The account's confirmed authenticator, as a query: hasAuthenticator runs it, secondFactorFacts asks whether it exists. */
export function confirmedAuthenticator(userId: string, executor: Executor = db) {
  return executor.select({ userId: totpFactors.userId }).from(totpFactors).where(and(eq(totpFactors.userId, userId), isNotNull(totpFactors.confirmedAt)));
}

export async function hasAuthenticator(userId: string, executor: Executor = db): Promise<boolean> {
  const [row] = await confirmedAuthenticator(userId, executor);
  return Boolean(row);
}

/**
 * A new secret waiting for its first code; replaces an earlier unconfirmed one (a reload of the set-up
 * page shows a new QR code) but never a confirmed authenticator: remove that first. Null if one exists.
 */
export async function startAuthenticatorEnrolment(userId: string, executor: Executor = db): Promise<string | null> {
  const existing = await rowOf(userId, executor);
  if (existing?.confirmedAt) return null;
  const secret = newTotpSecret();
  const { ciphertext, keyId } = encryptPii(secret, "totp-secret");
  await executor
    .insert(totpFactors)
    .values({ userId, secretCiphertext: ciphertext, secretKeyId: keyId })
    .onConflictDoUpdate({ target: totpFactors.userId, set: { secretCiphertext: ciphertext, secretKeyId: keyId, lastUsedStep: null }, where: isNull(totpFactors.confirmedAt) });
  return secret;
}

/** The pending secret, for showing the QR code and key again after a wrong first code. */
export async function pendingAuthenticatorSecret(userId: string, executor: Executor = db): Promise<string | null> {
  const row = await rowOf(userId, executor);
  return row && !row.confirmedAt ? secretOf(row) : null;
}

/**
 * Checks a code and, when good, records its step in the same conditional update (the row changes only
 * if its last step is still older), so a code is used once even by two racing requests (MFA-2).
 * `confirming` checks the pending secret of an enrolment and confirms it; otherwise only a confirmed one counts.
 */
export async function spendAuthenticatorCode(userId: string, code: string, confirming = false, executor: Executor = db): Promise<TotpCheck | { ok: false; reason: "none" }> {
  const row = await rowOf(userId, executor);
  if (!row || Boolean(row.confirmedAt) === confirming) return { ok: false, reason: "none" };
  const check = checkTotpCode(secretOf(row), code, now(), row.lastUsedStep);
  if (!check.ok) return check;
  const stillNewer = or(isNull(totpFactors.lastUsedStep), lt(totpFactors.lastUsedStep, check.step));
  const updated = await executor
    .update(totpFactors)
    .set({ lastUsedStep: check.step, ...(confirming ? { confirmedAt: now() } : {}) })
    .where(and(eq(totpFactors.userId, userId), stillNewer))
    .returning({ userId: totpFactors.userId });
  return updated.length === 1 ? check : { ok: false, reason: "reused" };
}

export async function removeAuthenticator(userId: string, executor: Executor = db): Promise<boolean> {
  const removed = await executor.delete(totpFactors).where(eq(totpFactors.userId, userId)).returning({ userId: totpFactors.userId });
  return removed.length === 1;
}
