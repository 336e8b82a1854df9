import { z } from "zod";
import { containsSsnShape } from "@/lib/support/ssn-shape";
import { profileMessages as text } from "./messages";

export const nameChangeFields = ["firstName", "middleName", "lastName", "reason"] as const;

const namePart = (label: string) =>
  z
    .string()
    .trim()
    .max(60, text.tooLong(label, 60))
    .regex(/^[\p{L}\p{M}' .-]*$/u, text.nameCharacters(label));

export const nameChangeSchema = z.object({
  firstName: namePart("First name").min(1, text.firstNameMissing),
  middleName: namePart("Middle name").transform((value) => value || null),
  lastName: namePart("Last name").min(1, text.lastNameMissing),
  reason: z
    .string()
    .trim()
    .min(1, text.reasonMissing)
    .max(1000, text.reasonTooLong)
    .refine((text) => !containsSsnShape(text), text.reasonHasSsn),
});
