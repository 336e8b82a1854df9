import "server-only";
import { eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db } from "@/lib/platform/db/client";
import { staffMembers } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { spendStaffCode } from "./authenticator";
import { staffHasSecondFactor } from "./factor-presence";
import { requireStaffFirstFactor } from "./guard";
import { completeSecondFactor, endAllStaffSessions, type StaffSession } from "./session";

/**
 * The console's second step, always (MFA-9: every staff sign-in, password or Microsoft). A code from
 * the authenticator app (once, ±1 step, MFA-1/2) or a recovery code (once, MFA-4). Five wrong codes
 * in 15 minutes end every session of the staff member: they start again from the password (MFA-6).
 */
export const STAFF_CODE_ATTEMPTS = 5;

export const staffCodeMessages = {
  wrong: "That code is not right. Enter the 6-digit code your authenticator app shows now, or a recovery code.",
  reused: "That code was used already. Wait for the next code in your app.",
  empty: "Enter the code from your authenticator app, or a recovery code.",
  locked: "Too many wrong codes. For your security you have been signed out: sign in again in 15 minutes.",
};

export type StaffCodeResult = { ok: true } | { ok: false; field: string } | { ok: false; signedOut: true };

export async function verifyStaffSecondStep(session: StaffSession, code: string, request: RequestFacts): Promise<StaffCodeResult> {
  if (!code.trim()) return { ok: false, field: staffCodeMessages.empty };
  const budget = await hitRateLimit("staff-second-factor", session.staffId, { max: STAFF_CODE_ATTEMPTS, windowSeconds: 15 * 60 });
  if (!budget.allowed) {
    await db.transaction(async (tx) => {
      await endAllStaffSessions(session.staffId, tx);
      await recordAudit({ event: "staff.sign-in.second-factor", outcome: "locked", staffId: session.staffId, request }, tx);
    });
    return { ok: false, signedOut: true };
  }
  const check = await spendStaffCode(session.staffId, code);
  if (!check.ok) {
    await recordAudit({ event: "staff.sign-in.second-factor", outcome: "failure", staffId: session.staffId, request, details: { reason: check.reason } });
    return { ok: false, field: check.reason === "reused" ? staffCodeMessages.reused : staffCodeMessages.wrong };
  }
  await db.transaction(async (tx) => {
    await completeSecondFactor(session.sessionId, tx);
    await tx.update(staffMembers).set({ lastSignInAt: now() }).where(eq(staffMembers.id, session.staffId));
    await recordAudit({ event: "staff.sign-in", outcome: "success", staffId: session.staffId, request, details: { method: check.method } }, tx);
  });
  return { ok: true };
}

/** Where the second-step page stands for the current session: ask for the code, or send on. */
export async function secondStepPageState(): Promise<"ask" | "enrol" | "done"> {
  const session = await requireStaffFirstFactor();
  if (session.secondFactorAt) return "done";
  return (await staffHasSecondFactor(session.staffId)) ? "ask" : "enrol";
}
