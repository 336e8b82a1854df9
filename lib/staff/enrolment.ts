import "server-only";
import { eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { getBranding } from "@/lib/platform/config/branding";
import { db } from "@/lib/platform/db/client";
import { staffMembers } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { qrCodeDataUrl } from "@/lib/second-factor/qr-code";
import { totpUri } from "@/lib/second-factor/totp";
import { issueStaffRecoveryCodes, pendingStaffSecret, spendStaffAuthenticatorCode, startStaffAuthenticator, staffHasAuthenticator } from "./authenticator";
import { completeSecondFactor, type StaffSession } from "./session";

/**
 * Enrolment: the first thing a new staff member does (issue 14 item 4). A signed-in (first factor)
 * staff member without a factor reaches nothing else (guard.ts). The first good code from the app
 * confirms the authenticator, makes ten recovery codes (shown once) and opens the console.
 */
export type EnrolmentView = { secret: string; qrCode: string; email: string } | { alreadyEnrolled: true };

export async function enrolmentView(session: StaffSession): Promise<EnrolmentView> {
  if (await staffHasAuthenticator(session.staffId)) return { alreadyEnrolled: true };
  const secret = (await pendingStaffSecret(session.staffId)) ?? (await startStaffAuthenticator(session.staffId));
  if (!secret) return { alreadyEnrolled: true };
  return { secret, qrCode: await qrCodeDataUrl(totpUri(secret, session.email, `${getBranding().portalShortName} staff`)), email: session.email };
}

export const enrolmentMessages = {
  wrong: "That code is not right. Enter the 6-digit code your app shows now for this portal.",
  empty: "Enter the 6-digit code from your authenticator app.",
};

export type EnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; message: string };

export async function confirmStaffEnrolment(session: StaffSession, code: string, request: RequestFacts): Promise<EnrolmentResult> {
  if (!code.trim()) return { ok: false, message: enrolmentMessages.empty };
  const recoveryCodes = await db.transaction(async (tx) => {
    const check = await spendStaffAuthenticatorCode(session.staffId, code, true, tx);
    if (!check.ok) return null;
    const codes = await issueStaffRecoveryCodes(session.staffId, tx);
    await completeSecondFactor(session.sessionId, tx);
    await tx.update(staffMembers).set({ lastSignInAt: now() }).where(eq(staffMembers.id, session.staffId));
    await recordAudit({ event: "staff.factor.enrolled", outcome: "success", staffId: session.staffId, request, details: { method: "authenticator" } }, tx);
    return codes;
  });
  if (!recoveryCodes) return { ok: false, message: enrolmentMessages.wrong };
  return { ok: true, recoveryCodes };
}
