import type { ApplicationElementOwner, ApplicationStatus } from "@/lib/platform/db/schema/enums";

export type { ApplicationElementOwner, ApplicationStatus };

/** Statuses in the words the educator sees (the list), and what each means for them. */
export const statusLabels: Record<ApplicationStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  in_review: "In review",
  information_requested: "Information requested",
  approved: "Approved",
  denied: "Denied",
  withdrawn: "Withdrawn",
};

export const statusDetails: Record<ApplicationStatus, string> = {
  draft: "You have not submitted this application yet.",
  submitted: "We have your application. It waits in the queue until a reviewer picks it up; you can still withdraw it.",
  in_review: "A reviewer is working on your application.",
  information_requested: "We need more information from you. Sign in and answer on the application's page.",
  approved: "Your application was approved. Your credential appears on your dashboard.",
  denied: "Your application was denied. The decision letter explains why and how to appeal.",
  withdrawn: "You withdrew this application. Nothing more will happen to it.",
};

export const ownerLabels: Record<ApplicationElementOwner, string> = {
  you: "You",
  program: "Your preparation program",
  district: "Your district",
  agency: "The agency",
};

/** Withdrawal is open until a reviewer starts (the issue: "Withdraw" before review starts). */
export const withdrawable = (status: ApplicationStatus) => status === "submitted";

export function formatFee(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}
