import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { passwordHashes } from "@/lib/platform/db/schema";
import { hitRateLimit, resetRateLimit } from "@/lib/platform/security/rate-limit";
import { minutesText } from "@/lib/platform/security/retry-after";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { burnPasswordCheck, verifyPassword } from "@/lib/platform/security/password-hash";
import { needsPasswordAgain } from "./recent-sign-in";

/** Wrong "Current password" answers per account before a pause (RL-style, counted before verifying). */
export const REAUTH_LIMIT = { max: 5, windowSeconds: 15 * 60 };

export type Reauthentication = { ok: true } | { ok: false; message: string };

/**
 * The SES-7 gate, enforced on the server whatever the form sent: a sign-in (`authTime`, the JWT's
 * auth_time) within the last 15 minutes passes; an older one needs the account's current password.
 * Every attempt counts against a per-account limit first (so parallel guesses are counted too); a
 * right answer clears the count. Failures and refusals are audited (no password, only the purpose).
 */
export async function confirmRecentAuthentication(
  userId: string,
  authTime: number,
  currentPassword: string,
  purpose: string,
  request: RequestFacts,
): Promise<Reauthentication> {
  if (!needsPasswordAgain(authTime)) return { ok: true };
  if (!currentPassword) return { ok: false, message: "Enter your current password" };
  const limit = await hitRateLimit("reauth-password", userId, REAUTH_LIMIT);
  if (!limit.allowed) {
    await recordAudit({ event: "reauth.password", outcome: "refused", userId, request, details: { purpose, reason: "rate-limit" } });
    return { ok: false, message: `Too many wrong passwords. Wait ${minutesText(limit.retryAfterSeconds)}, then try again` };
  }
  const [row] = await db.select({ hash: passwordHashes.hash }).from(passwordHashes).where(eq(passwordHashes.userId, userId));
  const right = row ? await verifyPassword(row.hash, currentPassword) : await burnPasswordCheck(currentPassword);
  await recordAudit({ event: "reauth.password", outcome: right ? "success" : "failure", userId, request, details: { purpose } });
  if (!right) return { ok: false, message: "The password you entered is not correct" };
  await resetRateLimit("reauth-password", userId);
  return { ok: true };
}
