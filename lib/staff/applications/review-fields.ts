import { z } from "zod";
import { containsSsnShape } from "@/lib/support/ssn-shape";

/** The console's application forms (hidden ids are re-checked in lib, never trusted as bound arguments). */
/** What a decision answers with: which step was done, on which application (the page it returns to). */
export type Decided<Done extends string> = { done: Done; reference: string };

export const applicationFields = ["applicationId"] as const;
export const elementFields = ["applicationId", "elementId"] as const;
export const informationRequestFields = ["applicationId", "message"] as const;
export const denialFields = ["applicationId", "reason"] as const;
export const approvalFields = ["applicationId", "credentialType", "area", "rank"] as const;

/** Staff words that reach the educator: required, bounded, and never an SSN (they go into email). */
export function staffMessage(missing: string, tooLong: string) {
  return z.string().trim().min(1, missing).max(2000, tooLong).refine((text) => !containsSsnShape(text), "Do not include a Social Security number");
}

export const informationRequestSchema = staffMessage("Enter what you need from the educator", "The message must be 2000 characters or fewer");
export const denialReasonSchema = staffMessage("Enter the reason for the denial", "The reason must be 2000 characters or fewer");
