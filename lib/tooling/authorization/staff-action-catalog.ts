import type { StaffRole } from "@/lib/platform/db/schema/staff";

/**
 * Every staff console action and the role it requires (issue 15 item 4). The runtime test
 * (staff-actions-at-runtime.test.ts) calls each one four ways: with no session, as an educator, as a
 * staff member without the role, and with the right role. A new staff action fails that test until
 * it is listed here.
 *
 * - `roles`: any one of these roles may call it; `[]` means any signed-in staff member (sign-out).
 * - `visitor`: before a console session exists (staff sign-in, second step, enrolment); `why` says
 *   what protects it instead.
 */
export type StaffActionEntry = { roles: StaffRole[] } | { visitor: true; why: string };

export const staffActionCatalog: Record<string, StaffActionEntry> = {
  staffSignOutAction: { roles: [] },
  assignApplicationAction: { roles: ["reviewer"] },
  markElementReceivedAction: { roles: ["reviewer"] },
  requestInformationAction: { roles: ["reviewer"] },
  recommendApprovalAction: { roles: ["reviewer"] },
  approveApplicationAction: { roles: ["reviewer"] },
  denyApplicationAction: { roles: ["reviewer"] },
};
