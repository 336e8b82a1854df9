import "server-only";
import { db } from "@/lib/platform/db/client";
import { fieldErrorsOf } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/guard";
import { addStaffMember } from "./add-staff-member";
import { staffInviteSchema } from "./staff-account-input";

export type InviteResult = { ok: true; staffId: string } | { ok: false; fieldErrors: Record<string, string> };

/**
 * "Invite a staff member" (admin only): the account, its enrolment link, the email and the audit
 * event commit together or not at all. The audit event names the new staff id and roles, never the
 * name or email.
 */
export async function inviteStaff(values: { name: string; email: string; roles: string[] }): Promise<InviteResult> {
  const actor = await requireStaff("admin");
  const parsed = staffInviteSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return db.transaction(async (tx): Promise<InviteResult> => {
    const added = await addStaffMember(tx, parsed.data);
    if (!added.ok) return { ok: false, fieldErrors: { email: "A staff account with this email address already exists" } };
    await recordStaffAudit(actor, { event: "staff.account-invited", details: { targetStaffId: added.staffId, roles: parsed.data.roles.join(",") } }, tx);
    return { ok: true, staffId: added.staffId };
  });
}
