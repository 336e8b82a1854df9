"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialRecoveryState, type RecoveryFormState } from "@/lib/recovery/form-state";

type Props = {
  action: (state: RecoveryFormState, formData: FormData) => Promise<RecoveryFormState>;
  field: { name: string; label: string; type: "email" | "text"; autoComplete: "email" | "username" };
  submitLabel: string;
  /** What the page says after sending: the same whether or not an account matched (TOK-5). */
  sentText: string;
};

/** "Forgot Username?" and "Forgot Password?": one field, then the same confirmation either way. */
export function RecoveryRequestForm({ action, field, submitLabel, sentText }: Props) {
  const [state, formAction] = useActionState(action, initialRecoveryState);
  if (state.status === "sent") {
    return (
      <div role="status" className="space-y-3 border-l-4 border-green-700 bg-white p-4">
        <h2 className="text-xl font-bold">Check your email</h2>
        <p>{sentText}</p>
        <p>The email can take a few minutes to arrive. Check your spam or junk folder too.</p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={{ [field.name]: state.fieldError ?? "" }} formError={state.message} />
      <TextField
        name={field.name}
        label={field.label}
        type={field.type}
        autoComplete={field.autoComplete}
        spellCheck={false}
        defaultValue={state.value}
        error={state.fieldError}
      />
      <SubmitButton pendingLabel="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
}
