import "server-only";
import { z } from "zod";
import { emailSchema, personNameSchema, usernameSchema } from "@/lib/accounts/account-rules";
import { checkNewPassword, newPasswordFields } from "@/lib/platform/security/password-policy";
import { getConfig } from "@/lib/platform/config/env";
import { checkSsn } from "@/lib/platform/security/ssn";
import { dateOfBirthSchema } from "./date-of-birth";
import { registrationMessages as text } from "./messages";

/**
 * The two account forms' server-side schemas (REG-8): "Now enter your account information." (claim)
 * and "Create new account" (account plus personal information). The password rule sees the username,
 * the email and the person's names, so it can refuse a password built from them (PWD-3).
 */
export const claimFields = ["username", "email", "password", "confirmPassword"] as const;
export const createFields = [...claimFields, "firstName", "lastName", "dateOfBirth", "ssn"] as const;

/** "Also link the Microsoft account …" (issue 11 item 6): "yes" only when the box was ticked. */
export function linkChosen(formData: FormData): "yes" | "" {
  return formData.get("linkMicrosoft") === "yes" ? "yes" : "";
}

const accountFields = { username: usernameSchema, email: emailSchema, ...newPasswordFields };

export const claimFormSchema = z.object(accountFields);

const ssnField = z
  .string()
  .trim()
  .min(1, text.ssnMissing)
  .transform((value, context) => {
    const checked = checkSsn(value, { allowTestArea: getConfig().ALLOW_TEST_SSNS });
    if ("ssn" in checked) return checked.ssn;
    context.addIssue({
      code: "custom",
      message: checked.problem === "format" ? text.ssnFormat : text.ssnNeverIssued,
    });
    return z.NEVER;
  });

export const createFormSchema = z
  .object({
    ...accountFields,
    firstName: personNameSchema("First name"),
    lastName: personNameSchema("Last name"),
    dateOfBirth: dateOfBirthSchema,
    ssn: ssnField,
  });

export type ClaimFormInput = z.output<typeof claimFormSchema>;
export type CreateFormInput = z.output<typeof createFormSchema>;

export type Validated<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Parses a form and runs the password rule even when other fields are wrong, so the person sees every
 * problem at once (a zod object refinement would wait until every other field was right).
 */
export function validateAccountForm<S extends z.ZodType<{ username: string; email: string; password: string }>>(
  schema: S,
  values: Record<string, string>,
  names: string[],
): Validated<z.output<S>> {
  const parsed = schema.safeParse(values);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  }
  if (!values.password) fieldErrors.password ??= text.passwordMissing;
  if (!values.confirmPassword) fieldErrors.confirmPassword ??= text.confirmPasswordMissing;
  if (!fieldErrors.password && !fieldErrors.confirmPassword) {
    const policy = checkNewPassword({
      password: values.password ?? "",
      confirmPassword: values.confirmPassword,
      username: values.username?.trim(),
      email: values.email?.trim(),
      names: [...names, values.firstName ?? "", values.lastName ?? ""].filter(Boolean),
    });
    if (!policy.ok) fieldErrors[policy.field] = policy.message;
  }
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, data: parsed.data };
  // In the form's order, so the error summary reads top to bottom like the form.
  const order = Object.keys(values);
  const sorted = Object.entries(fieldErrors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  return { ok: false, fieldErrors: Object.fromEntries(sorted) };
}
