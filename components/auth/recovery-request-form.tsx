"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";
import { ActionForm } from "@/components/ui/action-form";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  field: { name: string; label: string; type: "email" | "text"; autoComplete: "email" | "username" };
  submitLabel: string;
  /** What the page says after sending: the same whether or not an account matched (TOK-5). */
  sentText: string;
};

/** "Forgot Username?" and "Forgot Password?": one field, then the same confirmation either way. */
export function RecoveryRequestForm({ action, field, submitLabel, sentText }: Props) {
  const [state, formAction] = useActionState(action, idleState());
  if (state.status === "ok") {
    return (
      <div role="status" className="space-y-3 border-l-4 border-green-700 bg-white p-4">
        <h2 className="text-xl font-bold">Check your email</h2>
        <p>{sentText}</p>
        <p>The email can take a few minutes to arrive. Check your spam or junk folder too.</p>
      </div>
    );
  }
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <TextField
        name={field.name}
        label={field.label}
        type={field.type}
        autoComplete={field.autoComplete}
        spellCheck={false}
        defaultValue={state.values[field.name]}
        error={state.fieldErrors[field.name]}
      />
      <SubmitButton pendingLabel="Sending…">{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
