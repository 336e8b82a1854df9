"use client";

import { useActionState } from "react";
import { SsnField } from "@/components/register/ssn-field";
import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import type { RecordActionState } from "@/lib/staff/records/record-action-state";

export type RecordFormField = {
  name: string;
  label: string;
  hint?: string;
  /** "ssn": the masked SSN input with its show toggle (PII-7), never refilled; its id is "ssn". */
  kind?: "text" | "date" | "textarea" | "select" | "ssn";
  options?: SelectOption[];
};

type Props = {
  action: (previous: RecordActionState, formData: FormData) => Promise<RecordActionState>;
  publicId: string;
  /** Names the form for assistive technology and keeps ids unique when a page has several forms. */
  formId: string;
  submitLabel: string;
  fields?: RecordFormField[];
  variant?: "primary" | "secondary";
};

/**
 * One record-page action: its fields (GOV.UK errors: the summary at the top, the message by the
 * field, typed values kept, an SSN never), the record's public ID as a hidden field, and what was
 * done once it is done. The server checks the role and the record again.
 */
export function RecordActionForm({ action, publicId, formId, submitLabel, fields = [], variant = "primary" }: Props) {
  const [state, formAction] = useActionState(action, idleState() as RecordActionState);
  const errors = state.fieldErrors;
  const id = (name: string) => (fields.find((field) => field.name === name)?.kind === "ssn" ? "ssn" : `${formId}-${name}`);
  return (
    <ActionForm action={formAction} state={state} noValidate aria-label={submitLabel} className="mb-2">
      <ErrorSummary fieldErrors={errors} formError={state.formError} fieldIds={Object.fromEntries(fields.map((field) => [field.name, id(field.name)]))} />
      {state.status === "ok" && state.outcome ? (
        <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-semibold">
          {state.outcome.message}
        </p>
      ) : null}
      <input type="hidden" name="publicId" value={publicId} />
      {fields.map((field) => {
        const common = { name: field.name, id: id(field.name), label: field.label, error: errors[field.name], required: true };
        const value = state.status === "ok" ? undefined : state.values[field.name];
        if (field.kind === "ssn") return <SsnField key={field.name} error={errors[field.name]} />;
        if (field.kind === "date") return <DateField key={field.name} {...common} defaultValue={value} />;
        if (field.kind === "textarea") return <TextArea key={field.name} {...common} hint={field.hint} rows={3} maxLength={2000} defaultValue={value} />;
        if (field.kind === "select") return <Select key={field.name} {...common} hint={field.hint} options={field.options ?? []} placeholder="Select one" defaultValue={value} />;
        return <TextField key={field.name} {...common} hint={field.hint} width="medium" spellCheck={false} defaultValue={value} />;
      })}
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
