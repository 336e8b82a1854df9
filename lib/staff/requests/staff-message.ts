import { z } from "zod";
import { containsSsnShape } from "@/lib/support/ssn-shape";

/**
 * What a staff member writes to a person (a reply, a reason for a denial): plain text that goes into
 * an email and the educator's "My requests", so never anything shaped like an SSN (PII-9, NOTIF-5).
 */
export function staffMessage(missing: string) {
  return z
    .string()
    .trim()
    .min(1, missing)
    .max(4000, "The message must be 4000 characters or fewer")
    .refine((text) => !containsSsnShape(text), "Do not include a Social Security number");
}

/** A row id from a hidden field: anything that is not a uuid finds nothing (and never reaches SQL). */
export const rowId = z.uuid();

export const notFoundMessage = "This request was not found. It may have been removed.";
