import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { StaffAccountRow } from "@/lib/staff/accounts/staff-directory";
import { staffRoleDescriptions } from "@/lib/staff/roles";

/** How the accounts list and an account's page word a staff account's facts. */
export const statusLabels: Record<StaffAccountRow["status"], string> = {
  active: "Active",
  invited: "Invited (no password yet)",
  disabled: "Disabled",
};

export function rolesText(row: Pick<StaffAccountRow, "roles">): string {
  return row.roles.length > 0 ? row.roles.map((role) => staffRoleDescriptions[role].label).join(", ") : "None";
}

export function lastSignInText(row: Pick<StaffAccountRow, "lastSignInAt">): string {
  return row.lastSignInAt ? formatAgencyDateTime(row.lastSignInAt) : "Never";
}
