"use client";

import { assignApplicationAction, markElementReceivedAction, recommendApprovalAction } from "@/app/staff/(console)/applications/actions";
import { OneButtonForm } from "@/components/staff/one-button-form";

/**
 * The applications' one-button forms (assign, mark received, recommend): hidden ids that lib checks
 * again; done, the action goes to the application's page, whose notice says what happened.
 */
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
