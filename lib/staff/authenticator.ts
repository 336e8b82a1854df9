import "server-only";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { staffRecoveryCodes, staffTotpFactors } from "@/lib/platform/db/schema";
import { decryptPii, encryptPii } from "@/lib/platform/security/pii";
import { looksLikeRecoveryCode, newRecoveryCodeSet, recoveryCodeHash } from "@/lib/second-factor/recovery-codes";
import { checkTotpCode, newTotpSecret } from "@/lib/second-factor/totp";

/**
 * A staff member's authenticator app and recovery codes: the educators' rules (MFA-1 drift, MFA-2 a
 * code works once, MFA-3 secret sealed under its own purpose, MFA-4 single-use hashed recovery codes)
 * on the staff tables. Each check is one conditional update, so two racing requests cannot both win.
 */
type Row = typeof staffTotpFactors.$inferSelect;

async function rowOf(staffId: string, executor: Executor): Promise<Row | undefined> {
  const [row] = await executor.select().from(staffTotpFactors).where(eq(staffTotpFactors.staffId, staffId));
  return row;
}

/** A new secret waiting for its first code (replacing an unconfirmed one); null when one is confirmed already. */
export async function startStaffAuthenticator(staffId: string, executor: Executor = db): Promise<string | null> {
  const existing = await rowOf(staffId, executor);
  if (existing?.confirmedAt) return null;
  const secret = newTotpSecret();
  const { ciphertext, keyId } = encryptPii(secret, "totp-secret");
  await executor
    .insert(staffTotpFactors)
    .values({ staffId, secretCiphertext: ciphertext, secretKeyId: keyId })
    .onConflictDoUpdate({ target: staffTotpFactors.staffId, set: { secretCiphertext: ciphertext, secretKeyId: keyId, lastUsedStep: null }, where: isNull(staffTotpFactors.confirmedAt) });
  return secret;
}

export async function pendingStaffSecret(staffId: string, executor: Executor = db): Promise<string | null> {
  const row = await rowOf(staffId, executor);
  return row && !row.confirmedAt ? decryptPii(row.secretCiphertext, row.secretKeyId, "totp-secret") : null;
}

export type CodeCheck = { ok: true; method: "authenticator" | "recovery-code" } | { ok: false; reason: "wrong" | "reused" | "none" };

/** Spends an authenticator code: the confirmed one, or (confirming) the pending one, which it then confirms. */
export async function spendStaffAuthenticatorCode(staffId: string, code: string, confirming = false, executor: Executor = db): Promise<CodeCheck> {
  const row = await rowOf(staffId, executor);
  if (!row || Boolean(row.confirmedAt) === confirming) return { ok: false, reason: "none" };
  const check = checkTotpCode(decryptPii(row.secretCiphertext, row.secretKeyId, "totp-secret"), code, now(), row.lastUsedStep);
  if (!check.ok) return check;
  const stillNewer = or(isNull(staffTotpFactors.lastUsedStep), lt(staffTotpFactors.lastUsedStep, check.step));
  const updated = await executor
    .update(staffTotpFactors)
    .set({ lastUsedStep: check.step, ...(confirming ? { confirmedAt: now() } : {}) })
    .where(and(eq(staffTotpFactors.staffId, staffId), stillNewer))
    .returning({ staffId: staffTotpFactors.staffId });
  return updated.length === 1 ? { ok: true, method: "authenticator" } : { ok: false, reason: "reused" };
}

/** An authenticator code, or else one of the staff member's unused recovery codes (used up). */
export async function spendStaffCode(staffId: string, code: string, executor: Executor = db): Promise<CodeCheck> {
  const viaApp = await spendStaffAuthenticatorCode(staffId, code, false, executor);
  if (viaApp.ok || viaApp.reason === "reused" || !looksLikeRecoveryCode(code)) return viaApp;
  const used = await executor
    .update(staffRecoveryCodes)
    .set({ usedAt: now() })
    .where(and(eq(staffRecoveryCodes.staffId, staffId), eq(staffRecoveryCodes.codeHash, recoveryCodeHash(code)), isNull(staffRecoveryCodes.usedAt)))
    .returning({ id: staffRecoveryCodes.id });
  return used.length === 1 ? { ok: true, method: "recovery-code" } : { ok: false, reason: "wrong" };
}

/** A new set of ten recovery codes replaces every earlier one; returns them to show once. */
export async function issueStaffRecoveryCodes(staffId: string, executor: Executor = db): Promise<string[]> {
  const codes = newRecoveryCodeSet();
  await executor.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
  await executor.insert(staffRecoveryCodes).values(codes.map((code) => ({ staffId, codeHash: recoveryCodeHash(code) })));
  return codes;
}

/** An admin's reset (staff recovery goes through an admin, issue 14 item 5): every factor goes. */
export async function removeStaffFactors(staffId: string, executor: Executor = db): Promise<void> {
  await executor.delete(staffTotpFactors).where(eq(staffTotpFactors.staffId, staffId));
  await executor.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
}

export async function staffHasAuthenticator(staffId: string, executor: Executor = db): Promise<boolean> {
  const [row] = await executor.select({ staffId: staffTotpFactors.staffId }).from(staffTotpFactors).where(and(eq(staffTotpFactors.staffId, staffId), isNotNull(staffTotpFactors.confirmedAt)));
  return Boolean(row);
}
