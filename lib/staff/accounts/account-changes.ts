import "server-only";
import { eq } from "drizzle-orm";
import { staffSecondFactorResetMessage } from "@/components/emails/staff-second-factor-reset";
import { now } from "@/lib/platform/clock";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { db } from "@/lib/platform/db/client";
import { staffMembers, staffRecoveryCodes, staffTotpFactors } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { recordStaffAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/guard";
import { issueEnrolmentLink } from "@/lib/staff/invitations/enrolment-links";
import { endAllStaffSessions } from "@/lib/staff/session";
import { staffRolesSchema } from "./staff-account-input";
import { anotherActiveAdmin, lockTargetStaff, notFound, type AccountChangeResult } from "./target-staff";

/**
 * An administrator's changes to a staff account (issue 15 item 2, "Staff accounts"). Each one checks
 * the admin role itself, locks the account's row, and commits its change with its audit event (and
 * email) in one transaction. None of them lets the console lose its last active administrator.
 */

/** New roles, replacing the old. Sessions stay: requireStaff reads the roles on every request. */
export async function changeStaffRoles(input: { staffId: string; roles: string[] }): Promise<AccountChangeResult> {
  const actor = await requireStaff("admin");
  const parsed = staffRolesSchema.safeParse({ roles: input.roles });
  if (!parsed.success) return { ok: false, field: "roles", message: parsed.error.issues[0]!.message };
  const roles = parsed.data.roles;
  return db.transaction(async (tx): Promise<AccountChangeResult> => {
    const target = await lockTargetStaff(tx, input.staffId);
    if (!target) return notFound;
    const losesAdmin = target.roles.includes("admin") && !roles.includes("admin") && !target.disabledAt;
    if (losesAdmin && !(await anotherActiveAdmin(tx, target.id))) {
      return { ok: false, field: "roles", message: "Keep the Administrator role: this is the only active administrator account" };
    }
    await tx.update(staffMembers).set({ roles }).where(eq(staffMembers.id, target.id));
    await recordStaffAudit(actor, { event: "staff.roles-changed", details: { targetStaffId: target.id, from: target.roles.join(","), to: roles.join(",") } }, tx);
    return { ok: true };
  });
}

/** Disable: refused for oneself; every session ends now, and requireStaff refuses them from the next request. */
export async function disableStaff(input: { staffId: string }): Promise<AccountChangeResult> {
  const actor = await requireStaff("admin");
  if (input.staffId === actor.id) return { ok: false, message: "You cannot disable your own account. Ask another administrator." };
  return db.transaction(async (tx): Promise<AccountChangeResult> => {
    const target = await lockTargetStaff(tx, input.staffId);
    if (!target) return notFound;
    if (target.disabledAt) return { ok: true };
    if (target.roles.includes("admin") && !(await anotherActiveAdmin(tx, target.id))) return { ok: false, message: "This is the only active administrator account." };
    await tx.update(staffMembers).set({ disabledAt: now() }).where(eq(staffMembers.id, target.id));
    await endAllStaffSessions(target.id, tx);
    await recordStaffAudit(actor, { event: "staff.account-disabled", details: { targetStaffId: target.id } }, tx);
    return { ok: true };
  });
}

export async function enableStaff(input: { staffId: string }): Promise<AccountChangeResult> {
  const actor = await requireStaff("admin");
  return db.transaction(async (tx): Promise<AccountChangeResult> => {
    const target = await lockTargetStaff(tx, input.staffId);
    if (!target) return notFound;
    if (!target.disabledAt) return { ok: true };
    await tx.update(staffMembers).set({ disabledAt: null, failedSignInCount: 0, lockedUntil: null }).where(eq(staffMembers.id, target.id));
    await recordStaffAudit(actor, { event: "staff.account-enabled", details: { targetStaffId: target.id } }, tx);
    return { ok: true };
  });
}

/**
 * Staff recovery goes through an administrator (issue 14 item 5): the authenticator and recovery
 * codes go, every session ends, and the next sign-in leads to enrolment. Not for oneself: a second
 * administrator is the check that the request is genuine.
 */
export async function resetStaffSecondFactor(input: { staffId: string }): Promise<AccountChangeResult> {
  const actor = await requireStaff("admin");
  if (input.staffId === actor.id) return { ok: false, message: "Another administrator must reset your own authenticator." };
  return db.transaction(async (tx): Promise<AccountChangeResult> => {
    const target = await lockTargetStaff(tx, input.staffId);
    if (!target) return notFound;
    await tx.delete(staffTotpFactors).where(eq(staffTotpFactors.staffId, target.id));
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, target.id));
    await endAllStaffSessions(target.id, tx);
    await enqueueEmail(tx, staffSecondFactorResetMessage(target.email, { name: target.name, when: formatAgencyDateTime(now()) }));
    await recordStaffAudit(actor, { event: "staff.second-factor-reset", details: { targetStaffId: target.id } }, tx);
    return { ok: true };
  });
}

/** A new enrolment link (the older ones stop working), e.g. when the first expired or to choose a new password. */
export async function resendStaffInvitation(input: { staffId: string }): Promise<AccountChangeResult> {
  const actor = await requireStaff("admin");
  return db.transaction(async (tx): Promise<AccountChangeResult> => {
    const target = await lockTargetStaff(tx, input.staffId);
    if (!target) return notFound;
    if (target.disabledAt) return { ok: false, message: "Re-enable the account before sending a new enrolment link." };
    await issueEnrolmentLink(tx, target);
    await recordStaffAudit(actor, { event: "staff.invitation-sent", details: { targetStaffId: target.id } }, tx);
    return { ok: true };
  });
}
