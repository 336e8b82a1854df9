import { z } from "zod";
import { addYears, today } from "@/lib/platform/clock";
import { parseUsDate } from "@/lib/platform/forms/us-date";
import { ageLimits, registrationMessages as text } from "./messages";

/**
 * Date of birth as typed (3/1/1947 or 03/01/1947) → ISO date, refusing anything that is not a real
 * past date of someone between 16 and 110 years old (REG-8). Reads the one clock, so tests can set it.
 */
export const dateOfBirthSchema = z
  .string()
  .trim()
  .min(1, text.dateOfBirthMissing)
  .transform((value, context) => {
    const iso = parseUsDate(value);
    if (!iso) {
      context.addIssue({ code: "custom", message: text.dateOfBirthFormat });
      return z.NEVER;
    }
    const day = today();
    if (iso >= day) {
      context.addIssue({ code: "custom", message: text.dateOfBirthFuture });
      return z.NEVER;
    }
    if (iso > addYears(day, -ageLimits.min) || iso <= addYears(day, -ageLimits.max - 1)) {
      context.addIssue({ code: "custom", message: text.dateOfBirthAge });
      return z.NEVER;
    }
    return iso;
  });
