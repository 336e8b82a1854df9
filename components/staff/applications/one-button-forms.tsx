"use client";

import { useActionState } from "react";
import { assignApplicationAction, markElementReceivedAction, recommendApprovalAction } from "@/app/staff/(console)/applications/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";

type OneButtonAction<Outcome> = (previous: ActionState<never, Outcome>, formData: FormData) => Promise<ActionState<never, Outcome>>;

/**
 * A form that is one button and hidden ids (lib re-checks them): assign, mark received, recommend.
 * Done, the action goes to the application's page, whose notice says what happened.
 * `context` names what the button acts on for screen readers when several sit on one page.
 */
function OneButtonForm<Outcome>({ action, fields, label, pendingLabel, context, variant = "secondary" }: {
  action: OneButtonAction<Outcome>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  context?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction] = useActionState(action, idleState<never, Outcome>());
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

export function AssignToMeForm({ formKey, reference }: { formKey: string; reference: string }) {
  return <OneButtonForm action={assignApplicationAction} fields={{ applicationId: formKey }} label="Assign to me" pendingLabel="Assigning…" context={reference} />;
}

export function MarkReceivedForm({ formKey, elementId, element }: { formKey: string; elementId: number; element: string }) {
  return (
    <OneButtonForm
      action={markElementReceivedAction}
      fields={{ applicationId: formKey, elementId: String(elementId) }}
      label="Mark received"
      pendingLabel="Saving…"
      context={element}
    />
  );
}

export function RecommendApprovalForm({ formKey }: { formKey: string }) {
  return <OneButtonForm action={recommendApprovalAction} fields={{ applicationId: formKey }} label="Recommend approval" pendingLabel="Saving…" variant="primary" />;
}
