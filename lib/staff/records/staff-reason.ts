import { z } from "zod";

/**
 * Why a staff member looks at or changes personal data (an SSN search, a reveal, a correction).
 * Required, so "who looked at whose SSN, when, why" always has its why.
 */
export const staffReasonSchema = z
  .string()
  .trim()
  .min(1, "Enter the reason for this, for example the support request it answers")
  .max(500, "The reason must be 500 characters or fewer");

/**
 * The reason as the audit log keeps it: digits removed (someone will paste the SSN into the box one
 * day) and whitespace folded, at most 200 characters. Audit details never hold an SSN (PII-7).
 */
export function reasonForAudit(reason: string): string {
  return reason.replace(/\d/g, "").replace(/\s+/g, " ").trim().slice(0, 200);
}
