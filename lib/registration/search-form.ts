import { z } from "zod";
import { personNameSchema } from "@/lib/accounts/account-rules";
import { dateOfBirthSchema } from "./date-of-birth";
import { registrationMessages as text } from "./messages";

/** The guide's "Search for an account." form: First Name, Last Name, Last Four SSN, Date of Birth. */
export const accountSearchFields = ["firstName", "lastName", "lastFourSsn", "dateOfBirth"] as const;

export const accountSearchSchema = z.object({
  firstName: personNameSchema("First name"),
  lastName: personNameSchema("Last name"),
  lastFourSsn: z
    .string()
    .trim()
    .min(1, text.lastFourMissing)
    .regex(/^\d{4}$/, text.lastFourFormat),
  dateOfBirth: dateOfBirthSchema,
});

export type AccountSearchInput = z.output<typeof accountSearchSchema>;
