import type { z } from "zod";

/** One message or one kept value per field; any field name when the form does not say which. */
type PerField<Field extends string> = string extends Field ? Record<string, string> : Partial<Record<Field, string>>;

/**
 * What every server action hands back to `useActionState` (the one action contract):
 * - `status`: "idle" before the first submit, then "error" or "ok";
 * - `fieldErrors`: one message per field (GOV.UK), shown next to the field and linked from the summary;
 * - `formError`: an optional message about the whole form;
 * - `values`: what was typed, so the form can be re-rendered with it; secret fields are never echoed;
 * - `outcome`: the use case's typed answer when the page shows more than "done" (search rows, a link's fate);
 * - `captchaRound`: changes whenever a captcha was spent, so the form can key a fresh one.
 */
export type ActionState<Field extends string = string, Outcome = never> = {
  status: "idle" | "error" | "ok";
  fieldErrors: PerField<Field>;
  formError?: string;
  values: PerField<Field>;
  outcome?: Outcome;
  captchaRound?: number;
};

/** Before the first submit. A fresh object each call, so no two forms share one. */
export function idleState<Field extends string = string, Outcome = never>(): ActionState<Field, Outcome> {
  return { status: "idle", fieldErrors: {}, values: {} } as ActionState<Field, Outcome>;
}

/** A use case's answer with nothing to show beside fields (e.g. a confirmation link's fate). */
export function outcomeState<Outcome>(outcome: Outcome, status: "ok" | "error" = "ok"): ActionState<never, Outcome> {
  return { status, fieldErrors: {}, values: {}, outcome };
}

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

/** The first message per field of a zod 4 error (GOV.UK shows one per field); issues without a field go under "". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.length > 0 ? String(issue.path[0]) : ""] ??= issue.message;
  return fieldErrors;
}

/**
 * Turns a zod 4 error into the first message per field and keeps the typed values except the secret
 * ones. Issues without a path become the form error.
 */
export function fromZodError(
  error: z.ZodError,
  values: Record<string, string>,
  options: { omit?: readonly string[] } = {},
): ActionState {
  const { "": formError, ...fieldErrors } = fieldErrorsOf(error);
  return { status: "error", fieldErrors, formError, values: withoutSecrets(values, options.omit ?? secretFields) };
}

/** A failed submit with messages the action worked out itself (e.g. after a database check). */
export function errorState(
  fieldErrors: Record<string, string>,
  values: Record<string, string>,
  formError?: string,
  omit: readonly string[] = secretFields,
): ActionState {
  return { status: "error", fieldErrors, formError, values: withoutSecrets(values, omit) };
}
