import type { z } from "zod";

/**
 * What every server action hands back to `useActionState`: one message per field (shown next to the
 * field and linked from the error summary), an optional form-level message, and the typed values so
 * the form can be re-rendered with them. Secret values (passwords, SSNs) are never echoed back.
 */
export type FormState = {
  status: "idle" | "error" | "ok";
  fieldErrors: Record<string, string>;
  formError?: string;
  values: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

/** Fields whose values never travel back to the browser after a failed submit. */
export const secretFields = ["password", "confirmPassword", "currentPassword", "ssn", "lastFourSsn"] as const;

/** Reads the named fields as trimmed-free strings; a missing or file field becomes "". */
export function readForm<F extends string>(formData: FormData, fields: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

/** Drops secret fields before values are echoed to the client. */
export function withoutSecrets(
  values: Record<string, string>,
  omit: readonly string[] = secretFields,
): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !omit.includes(key)));
}

/**
 * Turns a zod 4 error into the first message per field (GOV.UK shows one message per field) and
 * keeps the typed values except the secret ones. Issues without a path become the form error.
 */
export function fromZodError(
  error: z.ZodError,
  values: Record<string, string>,
  options: { omit?: readonly string[] } = {},
): FormState {
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (field === undefined) formError ??= issue.message;
    else fieldErrors[field] ??= issue.message;
  }
  return { status: "error", fieldErrors, formError, values: withoutSecrets(values, options.omit ?? secretFields) };
}

/** A failed submit with messages the action worked out itself (e.g. after a database check). */
export function errorState(
  fieldErrors: Record<string, string>,
  values: Record<string, string>,
  formError?: string,
  omit: readonly string[] = secretFields,
): FormState {
  return { status: "error", fieldErrors, formError, values: withoutSecrets(values, omit) };
}
