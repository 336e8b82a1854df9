import "server-only";
import { eq, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db } from "@/lib/platform/db/client";
import { staffMembers, staffPasswordHashes } from "@/lib/platform/db/schema";
import { normalizeEmail } from "@/lib/platform/forms/email";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { burnPasswordCheck, verifyPassword } from "@/lib/platform/security/password-hash";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { withVerificationSlot } from "@/lib/platform/security/verification-slots";
import { staffHasSecondFactor } from "./factor-presence";
import { startStaffSession } from "./session";

/**
 * The console's first factor: email and password. One answer for every failure (unknown email,
 * wrong password, disabled, locked) so the form tells nobody which staff addresses exist, and the
 * same argon2 work whatever the answer. Five failures in a row lock the staff account for 15
 * minutes (RL-1); each network has its own budget too (RL-2). Success starts a session that reaches
 * only the second step, or enrolment for someone who has no factor yet (MFA-9).
 */
export const STAFF_LOCK_AFTER = 5;
export const STAFF_LOCK_MINUTES = 15;

export const staffSignInMessages = {
  failed: `The email address or password is not right. After ${STAFF_LOCK_AFTER} failed attempts in a row the account is locked for ${STAFF_LOCK_MINUTES} minutes.`,
  throttled: "Too many sign-in attempts from this network. Wait 15 minutes and try again.",
  busy: "The console is busy. Try again in a moment.",
};

export type StaffSignInResult = { ok: true; token: string; next: "second-factor" | "enrol" } | { ok: false; message: string };

export async function signInStaffWithPassword(emailTyped: string, password: string, request: RequestFacts): Promise<StaffSignInResult> {
  const network = await hitRateLimit("staff-sign-in-ip", request.ip, { max: 30, windowSeconds: 15 * 60 });
  if (!network.allowed) return { ok: false, message: staffSignInMessages.throttled };
  const email = normalizeEmail(emailTyped);
  const [member] = await db
    .select({ id: staffMembers.id, disabledAt: staffMembers.disabledAt, lockedUntil: staffMembers.lockedUntil, hash: staffPasswordHashes.hash })
    .from(staffMembers)
    .leftJoin(staffPasswordHashes, eq(staffPasswordHashes.staffId, staffMembers.id))
    .where(eq(staffMembers.email, email))
    .limit(1);
  const verified = await withVerificationSlot(() => (member?.hash && password ? verifyPassword(member.hash, password) : burnPasswordCheck(password || "-")));
  if (verified === "busy") return { ok: false, message: staffSignInMessages.busy };
  const at = now();
  const locked = Boolean(member?.lockedUntil && member.lockedUntil > at);
  if (!member || !verified || member.disabledAt || locked) {
    if (member) await countFailure(member.id, locked, request);
    return { ok: false, message: staffSignInMessages.failed };
  }
  const token = await db.transaction(async (tx) => {
    await tx.update(staffMembers).set({ failedSignInCount: 0, lockedUntil: null }).where(eq(staffMembers.id, member.id));
    await recordAudit({ event: "staff.sign-in.password", outcome: "success", staffId: member.id, request }, tx);
    return startStaffSession(member.id, request, tx);
  });
  return { ok: true, token, next: (await staffHasSecondFactor(member.id)) ? "second-factor" : "enrol" };
}

async function countFailure(staffId: string, alreadyLocked: boolean, request: RequestFacts): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffMembers)
      .set({ failedSignInCount: alreadyLocked ? staffMembers.failedSignInCount : sql`${staffMembers.failedSignInCount} + 1` })
      .where(eq(staffMembers.id, staffId))
      .returning({ failures: staffMembers.failedSignInCount });
    const lockNow = !alreadyLocked && (row?.failures ?? 0) >= STAFF_LOCK_AFTER;
    if (lockNow) {
      await tx
        .update(staffMembers)
        .set({ failedSignInCount: 0, lockedUntil: new Date(now().getTime() + STAFF_LOCK_MINUTES * 60_000) })
        .where(eq(staffMembers.id, staffId));
    }
    await recordAudit({ event: "staff.sign-in.password", outcome: alreadyLocked || lockNow ? "locked" : "failure", staffId, request }, tx);
  });
}
