import { z } from "zod";
import { containsSsnShape } from "@/lib/support/ssn-shape";

export const nameChangeFields = ["firstName", "middleName", "lastName", "reason"] as const;

const namePart = (label: string) =>
  z
    .string()
    .trim()
    .max(60, `${label} must be 60 characters or fewer`)
    .regex(/^[\p{L}\p{M}' .-]*$/u, `${label} must only include letters, spaces, hyphens and apostrophes`);

export const nameChangeSchema = z.object({
  firstName: namePart("First name").min(1, "Enter your new first name"),
  middleName: namePart("Middle name").transform((value) => value || null),
  lastName: namePart("Last name").min(1, "Enter your new last name"),
  reason: z
    .string()
    .trim()
    .min(1, "Enter why your name changed, for example marriage or court order")
    .max(1000, "The reason must be 1,000 characters or fewer")
    .refine((text) => !containsSsnShape(text), "Remove the Social Security number: never send any part of it here"),
});
