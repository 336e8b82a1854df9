import type { StaffRole } from "@/lib/platform/db/schema/staff";

/**
 * Demo staff with published passwords and authenticator secrets (issue 15): created only outside
 * production, like the demo educator accounts. Plain data, so e2e tests compute the six-digit codes
 * an authenticator app would show from `totpSecret` (base32). Two reviewers so the two-person rule
 * (one reviews, another approves) can be shown.
 */
export type DemoStaff = {
  key: string;
  name: string;
  email: string;
  password: string;
  /** Null: no authenticator yet, so the first sign-in goes to enrolment (issue 14 item 4). */
  totpSecret: string | null;
  roles: StaffRole[];
  description: string;
};

export const demoStaffPassword = "Granite-Meadow-Console-61!";

export const demoStaff: DemoStaff[] = [
  { key: "reviewer", name: "Rosa Reviewer", email: "rosa.reviewer@staff.example", password: demoStaffPassword, totpSecret: "JBSWY3DPEHPK3PXPREVIEWERAA", roles: ["reviewer"], description: "Reviews applications and name changes" },
  { key: "approver", name: "Abel Approver", email: "abel.approver@staff.example", password: demoStaffPassword, totpSecret: "JBSWY3DPEHPK3PXPAPPROVERAA", roles: ["reviewer"], description: "A second reviewer, for the two-person rule" },
  { key: "support", name: "Sam Support", email: "sam.support@staff.example", password: demoStaffPassword, totpSecret: "JBSWY3DPEHPK3PXPSUPPORTAAA", roles: ["support"], description: "Answers support requests and helps with accounts" },
  { key: "records", name: "Rita Records", email: "rita.records@staff.example", password: demoStaffPassword, totpSecret: "JBSWY3DPEHPK3PXPRECORDSAAA", roles: ["records"], description: "Corrects records and enters disciplinary actions" },
  { key: "newcomer", name: "Nina Newcomer", email: "nina.newcomer@staff.example", password: demoStaffPassword, totpSecret: null, roles: ["support"], description: "A new staff member who has not set up an authenticator yet" },
  { key: "admin", name: "Ada Admin", email: "ada.admin@staff.example", password: demoStaffPassword, totpSecret: "JBSWY3DPEHPK3PXPADMINAAAAA", roles: ["admin"], description: "Manages staff accounts, announcements and the audit log" },
];

export type DemoStaffKey = "reviewer" | "approver" | "support" | "records" | "admin" | "newcomer";

export function demoStaffMember(key: DemoStaffKey): DemoStaff {
  const found = demoStaff.find((member) => member.key === key);
  if (!found) throw new Error(`no demo staff ${key}`);
  return found;
}
