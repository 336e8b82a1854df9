"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";

type OneButtonAction<Outcome> = (previous: ActionState<never, Outcome>, formData: FormData) => Promise<ActionState<never, Outcome>>;

type Props<Outcome> = {
  action: OneButtonAction<Outcome>;
  /** Hidden fields that name the row (the lib function looks it up and checks the role again). */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Said once the action succeeded; without it the action is expected to redirect to a page that says so. */
  done?: string;
  /** What the button acts on, for screen readers, when several such buttons sit on one page. */
  context?: string;
  variant?: "primary" | "secondary";
};

/** A console action that is one button on one row (close, reopen, retry, remove, assign), with the GOV.UK error summary. */
export function OneButtonForm<Outcome>({ action, fields, label, pendingLabel, done, context, variant = "secondary" }: Props<Outcome>) {
  const [state, formAction] = useActionState(action, idleState<never, Outcome>());
  if (state.status === "ok" && done) return <p role="status" className="font-semibold">{done}</p>;
  return (
    <ActionForm action={formAction} state={state}>
      <ErrorSummary formError={state.formError} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
        {context ? <span className="sr-only"> {context}</span> : null}
      </SubmitButton>
    </ActionForm>
  );
}
