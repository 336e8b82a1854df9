import { z } from "zod";
import { addYears, today } from "@/lib/platform/clock";
import { parseUsDate } from "@/lib/platform/forms/us-date";

/** The registration guide's own note, used as the field's error for anything but m/d/yyyy. */
export const DATE_OF_BIRTH_FORMAT_NOTE =
  "Please make sure to enter your date of birth in the format mm/dd/yyyy to include typing the forward slashes and the four-digit year.";

export const ageLimits = { min: 16, max: 110 } as const;

/**
 * Date of birth as typed (3/1/1947 or 03/01/1947) → ISO date, refusing anything that is not a real
 * past date of someone between 16 and 110 years old (REG-8). Reads the one clock, so tests can set it.
 */
export const dateOfBirthSchema = z
  .string()
  .trim()
  .min(1, "Enter your date of birth")
  .transform((value, context) => {
    const iso = parseUsDate(value);
    if (!iso) {
      context.addIssue({ code: "custom", message: DATE_OF_BIRTH_FORMAT_NOTE });
      return z.NEVER;
    }
    const day = today();
    if (iso >= day) {
      context.addIssue({ code: "custom", message: "Your date of birth must be in the past" });
      return z.NEVER;
    }
    if (iso > addYears(day, -ageLimits.min) || iso <= addYears(day, -ageLimits.max - 1)) {
      context.addIssue({ code: "custom", message: `You must be between ${ageLimits.min} and ${ageLimits.max} years old to register` });
      return z.NEVER;
    }
    return iso;
  });
