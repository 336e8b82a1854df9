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
  // The way in: before a console session exists.
  staffSignInAction: { visitor: true, why: "signing in is for visitors: one answer for every failure, per-account lockout and a per-network budget (RL-1, RL-2); it only opens the second step" },
  staffSecondFactorAction: { visitor: true, why: "needs the first-factor session (requireStaffFirstFactor); codes are single use with a per-staff budget that signs out after five wrong (MFA-1, MFA-2, MFA-6)" },
  confirmStaffEnrolmentAction: { visitor: true, why: "needs the first-factor session (requireStaffFirstFactor) of a staff member without a factor; the first good code of the new authenticator opens the console (MFA-9)" },
  // Requests, announcements and the outbox (issue 15 item 2).
  approveNameChangeAction: { roles: ["reviewer"] },
  denyNameChangeAction: { roles: ["reviewer"] },
  replyToSupportRequestAction: { roles: ["support"] },
  closeSupportRequestAction: { roles: ["support"] },
  reopenSupportRequestAction: { roles: ["support"] },
  createAnnouncementAction: { roles: ["admin"] },
  updateAnnouncementAction: { roles: ["admin"] },
  removeAnnouncementAction: { roles: ["admin"] },
  retryOutboxMessageAction: { roles: ["admin", "support"] },
  acceptStaffInvitationAction: { visitor: true, why: "the single-use, 72-hour enrolment link in the form is the credential (lib/staff/invitations)" },
  startStaffMicrosoftSignInAction: { visitor: true, why: "only starts the Microsoft code flow; the callback checks tenant and subject, and the second factor follows" },
  startStaffMicrosoftLinkAction: { roles: [] },
  // Staff accounts (app/staff/(console)/accounts/actions.ts).
  inviteStaffAction: { roles: ["admin"] },
  changeStaffRolesAction: { roles: ["admin"] },
  disableStaffAction: { roles: ["admin"] },
  enableStaffAction: { roles: ["admin"] },
  resetStaffSecondFactorAction: { roles: ["admin"] },
  resendStaffInvitationAction: { roles: ["admin"] },
  // Educator records (app/staff/(console)/records/)
  searchBySsnAction: { roles: ["records", "support"] },
  revealSsnAction: { roles: ["records"] },
  correctDateOfBirthAction: { roles: ["records"] },
  correctSsnAction: { roles: ["records"] },
  addDisciplinaryActionAction: { roles: ["records"] },
  staffResendConfirmationAction: { roles: ["support"] },
  unlockAccountAction: { roles: ["support"] },
  disableAccountAction: { roles: ["support", "records"] },
  enableAccountAction: { roles: ["support", "records"] },
  detachMicrosoftAction: { roles: ["support"] },
  // Applications (issue 15 item 2).
  assignApplicationAction: { roles: ["reviewer"] },
  markElementReceivedAction: { roles: ["reviewer"] },
  requestInformationAction: { roles: ["reviewer"] },
  recommendApprovalAction: { roles: ["reviewer"] },
  approveApplicationAction: { roles: ["reviewer"] },
  denyApplicationAction: { roles: ["reviewer"] },
  setSecondReviewerRuleAction: { roles: ["admin"] },
};
