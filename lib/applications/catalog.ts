import type { Executor } from "@/lib/platform/db/client";
import { applicationTypes } from "@/lib/platform/db/schema";
import type { EligibilityRule } from "./eligibility";
import type { StepKey } from "./steps";

/**
 * Kentucky's application types (licensure-domain: CA-1 initial, CA-2 renewal, rank change, add area,
 * duplicate, emergency). This is the seed, not the truth: the table is, and staff may edit it later.
 * ensureApplicationTypes inserts missing types and leaves edited ones alone.
 */
export type ApplicationTypeSeed = {
  code: string;
  formCode: string | null;
  name: string;
  description: string;
  steps: StepKey[];
  requiredDocuments: string[];
  feeCents: number;
  feeWaiver: string | null;
  eligibility: EligibilityRule;
  startedBy: "educator" | "district";
  /** The two-person rule (issue 15): one reviewer recommends, another approves. */
  secondReviewerRequired?: boolean;
};

const tail: StepKey[] = ["character", "documents", "review", "sign", "fee"];

export const kentuckyApplicationTypes: ApplicationTypeSeed[] = [
  {
    code: "initial",
    formCode: "CA-1",
    name: "Initial certification",
    description: "Your first Kentucky teaching certificate, after an approved educator preparation program.",
    steps: ["eligibility", "personal-details", "education", "preparation", ...tail],
    requiredDocuments: ["Official transcript showing your degree"],
    feeCents: 5000,
    feeWaiver: null,
    eligibility: "no-active-certificate",
    startedBy: "educator",
  },
  {
    code: "add-area",
    formCode: "CA-1",
    name: "Add a certification area or endorsement",
    description: "Add a teaching area, grade range or endorsement to a certificate you hold.",
    steps: ["eligibility", "personal-details", "education", "preparation", ...tail],
    requiredDocuments: ["Transcript showing the coursework for the new area"],
    feeCents: 5000,
    feeWaiver: null,
    eligibility: "holds-active-certificate",
    startedBy: "educator",
  },
  {
    code: "renewal",
    formCode: "CA-2",
    name: "Renew a certificate",
    description: "Renew one of your certificates that is active or expired within the last year, with your recent experience.",
    steps: ["eligibility", "personal-details", "experience", ...tail],
    requiredDocuments: ["Evidence of professional development or coursework"],
    feeCents: 5000,
    feeWaiver: null,
    eligibility: "renewable-certificate",
    startedBy: "educator",
    secondReviewerRequired: true,
  },
  {
    code: "rank-change",
    formCode: "TC-TR",
    name: "Rank change",
    description: "Move to Rank II or Rank I on the basis of a master's degree, Rank I hours or National Board certification.",
    steps: ["eligibility", "personal-details", "education", "documents", "review", "sign", "fee"],
    requiredDocuments: ["Transcript or National Board certificate showing the basis"],
    feeCents: 0,
    feeWaiver: "There is no fee for a rank change.",
    eligibility: "rank-below-one",
    startedBy: "educator",
  },
  {
    code: "duplicate",
    formCode: null,
    name: "Duplicate or replacement certificate",
    description: "A new copy of a certificate you hold, for example after a name change was approved.",
    steps: ["eligibility", "personal-details", "review", "sign", "fee"],
    requiredDocuments: [],
    feeCents: 1000,
    feeWaiver: null,
    eligibility: "holds-active-certificate",
    startedBy: "educator",
  },
  {
    code: "emergency",
    formCode: "CA-EM",
    name: "Emergency or substitute certificate",
    description: "For a district that cannot find a fully certified teacher for a position.",
    steps: [],
    requiredDocuments: [],
    feeCents: 0,
    feeWaiver: null,
    eligibility: "district-initiated",
    startedBy: "district",
  },
];

/** Inserts the types that are missing (by code); run by db:migrate, db:prepare and the test set-up. */
export async function ensureApplicationTypes(executor: Executor): Promise<void> {
  await executor
    .insert(applicationTypes)
    .values(kentuckyApplicationTypes.map((type, index) => ({ ...type, sortOrder: index })))
    .onConflictDoNothing({ target: applicationTypes.code });
}
