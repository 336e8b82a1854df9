import "server-only";
import { randomInt } from "node:crypto";
import { and, count, eq, isNull } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { recoveryCodes } from "@/lib/platform/db/schema";
import { hashToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * Recovery codes (MFA-4): ten per account, each usable once, shown once when made and stored only as
 * SHA-256 (the token store's hash). Ten characters from an alphabet without look-alikes (about 50
 * bits each) are plenty behind the second step's rate limits and lock, and short enough to type.
 */
export const RECOVERY_CODE_COUNT = 10;
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** People type them with or without the dash, in either case, with stray spaces. */
function canonical(code: string): string {
  const compact = code.toLowerCase().replace(/[\s-]/g, "");
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

/** The stored form of a code as typed (any case, with or without the dash); staff codes are stored the same way. */
export function recoveryCodeHash(code: string): string {
  return hashToken(canonical(code));
}

/** A fresh set of ten codes, not stored (issueRecoveryCodes stores an educator's; lib/staff stores staff ones). */
export function newRecoveryCodeSet(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(canonical(code));
}

/** A new set replaces every earlier code, used or not. Returns the codes to show once. */
export async function issueRecoveryCodes(userId: string, executor: Executor = db): Promise<string[]> {
  const codes = newRecoveryCodeSet();
  await executor.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await executor.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })));
  return codes;
}

/** Uses `code` up if it is one of the account's unused codes: one conditional update, so only one request wins. */
export async function spendRecoveryCode(userId: string, code: string, executor: Executor = db): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const used = await executor
    .update(recoveryCodes)
    .set({ usedAt: now() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, recoveryCodeHash(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

export async function unusedRecoveryCodes(userId: string, executor: Executor = db): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

export async function removeRecoveryCodes(userId: string, executor: Executor = db): Promise<void> {
  await executor.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}
