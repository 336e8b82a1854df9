import { staffRole, type StaffRole } from "@/lib/platform/db/schema/staff";

export type { StaffRole };

/** Every staff role, in the order the console lists them. */
export const staffRoles: readonly StaffRole[] = staffRole.enumValues;

/** What each role is for (issue 15 item 1), as the staff-accounts page and `staff:add` explain them. */
export const staffRoleDescriptions: Record<StaffRole, { label: string; covers: string }> = {
  reviewer: { label: "Reviewer", covers: "applications and name-change requests" },
  support: { label: "Support", covers: "support requests and account help" },
  records: { label: "Records", covers: "educator record corrections, disciplinary entries and imports" },
  admin: { label: "Administrator", covers: "staff accounts, announcements, application types and settings" },
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (staffRoles as readonly string[]).includes(value);
}
