"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The hidden field that names the row (the lib function looks it up and checks the role again). */
  field: string;
  value: string;
  label: string;
  pendingLabel: string;
  /** Said once the action succeeded (when it does not redirect). */
  done: string;
  variant?: "primary" | "secondary";
};

/** A console action that is one button on one row (close, reopen, retry, remove), with the GOV.UK error summary. */
export function OneButtonForm({ action, field, value, label, pendingLabel, done, variant = "secondary" }: Props) {
  const [state, formAction] = useActionState(action, idleState());
  if (state.status === "ok") return <p role="status" className="font-semibold">{done}</p>;
  return (
    <ActionForm action={formAction} state={state}>
      <ErrorSummary formError={state.formError} />
      <input type="hidden" name={field} value={value} />
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
