import { readForm } from "@/lib/platform/forms/action-state";
import { wizardFields } from "./steps";

/** The wizard's posted fields as strings; the test scores' ticked boxes come as one comma list. */
export function readWizardForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = readForm(formData, wizardFields);
  values.testScores = formData
    .getAll("testScores")
    .filter((value): value is string => typeof value === "string")
    .join(",");
  return values;
}
