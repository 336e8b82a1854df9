import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { staffMembers, staffPasswordHashes } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { checkNewPassword } from "@/lib/platform/security/password-policy";
import { staffHasSecondFactor } from "@/lib/staff/factor-presence";
import { endAllStaffSessions, startStaffSession } from "@/lib/staff/session";
import { consumeEnrolmentLink, peekEnrolmentLink } from "./enrolment-links";

/** The invitation form's fields: the token travels in the POST body beside the two passwords. */
export const invitationFields = ["token", "password", "confirmPassword"] as const;

export type InvitationInput = { token: string; password: string; confirmPassword: string; request: RequestFacts | null };

export type InvitationResult =
  | { ok: true; sessionToken: string; next: "/staff/enrol" | "/staff/sign-in/second-factor" }
  | { ok: false; kind: "invalid-link" }
  | { ok: false; kind: "password"; field: "password" | "confirmPassword"; message: string };

/**
 * The invited person chooses a password (the portal's policy, PWD-1..3) and the link is used up in
 * the same transaction. Every older session of theirs ends, and a new first-factor session starts:
 * the second factor is still to come (enrolment for a newcomer, or the second step for someone who
 * already has an authenticator and was sent a new link to choose a new password).
 */
export async function acceptInvitation(input: InvitationInput): Promise<InvitationResult> {
  const holder = await peekEnrolmentLink(input.token);
  if (!holder) return { ok: false, kind: "invalid-link" };
  const verdict = checkNewPassword({ password: input.password, confirmPassword: input.confirmPassword, email: holder.email, names: [holder.name] });
  if (!verdict.ok) return { ok: false, kind: "password", field: verdict.field, message: verdict.message };
  const hash = await hashPassword(input.password);
  const result = await db.transaction(async (tx): Promise<InvitationResult> => {
    const staffId = await consumeEnrolmentLink(input.token, tx);
    if (staffId !== holder.staffId) return { ok: false, kind: "invalid-link" };
    await tx
      .insert(staffPasswordHashes)
      .values({ staffId, hash })
      .onConflictDoUpdate({ target: staffPasswordHashes.staffId, set: { hash, updatedAt: now() } });
    await tx.update(staffMembers).set({ failedSignInCount: 0, lockedUntil: null }).where(eq(staffMembers.id, staffId));
    await endAllStaffSessions(staffId, tx);
    const sessionToken = await startStaffSession(staffId, input.request, tx);
    await recordAudit({ event: "staff.invitation-accepted", outcome: "success", staffId, request: input.request }, tx);
    return { ok: true, sessionToken, next: "/staff/enrol" };
  });
  if (result.ok && (await staffHasSecondFactor(holder.staffId))) return { ...result, next: "/staff/sign-in/second-factor" };
  return result;
}
