import "server-only";
import type { Executor } from "@/lib/platform/db/client";
import { staffMembers } from "@/lib/platform/db/schema";
import { issueEnrolmentLink } from "@/lib/staff/invitations/enrolment-links";
import type { StaffInviteInput } from "./staff-account-input";

export type AddedStaff = { ok: true; staffId: string; enrolUrl: string } | { ok: false; kind: "email-taken" };

/**
 * Creates a staff member (no password, no factor yet) and emails their enrolment link, in the
 * caller's transaction. The console's invitation (lib/staff/accounts/invite-staff.ts, which checks
 * the admin role) and the operator's `npm run staff:add` (who holds the database itself) share it.
 */
export async function addStaffMember(tx: Executor, input: StaffInviteInput): Promise<AddedStaff> {
  const [row] = await tx
    .insert(staffMembers)
    .values({ name: input.name, email: input.email, roles: input.roles })
    .onConflictDoNothing({ target: staffMembers.email })
    .returning({ id: staffMembers.id });
  if (!row) return { ok: false, kind: "email-taken" };
  const enrolUrl = await issueEnrolmentLink(tx, { id: row.id, ...input });
  return { ok: true, staffId: row.id, enrolUrl };
}
