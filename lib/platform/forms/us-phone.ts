import { z } from "zod";

/** US phone numbers as people type them: (502) 555-0142, 502-555-0142, +1 502 555 0142. */
const usPhone = /^(\+?1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}$/;

/** An optional phone field: "" becomes null, anything else must look like a US number. */
export const optionalUsPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || usPhone.test(value), "Enter a phone number with its area code, like (502) 555-0142")
  .transform((value) => (value === "" ? null : value));
