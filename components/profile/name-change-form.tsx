"use client";

import { useActionState } from "react";
import { requestNameChangeAction } from "@/app/(dashboard)/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import { ActionForm } from "@/components/ui/action-form";

/** "Request a name change": the new name and the reason, for staff review. */
export function NameChangeForm() {
  const [state, formAction] = useActionState(requestNameChangeAction, idleState());
  if (state.status === "ok") {
    return <p role="status" className="border-l-4 border-green-800 bg-white p-3">Your name change request has been received. Staff will review it.</p>;
  }
  const errors = state.fieldErrors;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={errors} formError={state.formError} />
      <TextField name="firstName" label="New first name" autoComplete="given-name" required defaultValue={state.values.firstName} error={errors.firstName} />
      <TextField name="middleName" label="New middle name (optional)" autoComplete="additional-name" defaultValue={state.values.middleName} error={errors.middleName} />
      <TextField name="lastName" label="New last name" autoComplete="family-name" required defaultValue={state.values.lastName} error={errors.lastName} />
      <TextArea name="reason" label="Why did your name change?" hint="For example: marriage, divorce or a court order. Staff may ask you for a document." required rows={3} maxLength={1000} defaultValue={state.values.reason} error={errors.reason} />
      <SubmitButton pendingLabel="Sending…">Request a name change</SubmitButton>
    </ActionForm>
  );
}
