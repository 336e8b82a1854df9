"use client";
import { useActionState } from "react";
import { inviteStaffAction } from "@/app/staff/(console)/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import { RoleCheckboxes } from "./role-checkboxes";

/** Name, work email and roles; the enrolment link goes to that email. Typed values come back after an error. */
export function InviteStaffForm() {
  const [state, action] = useActionState(inviteStaffAction, idleState());
  const { fieldErrors, values } = state;
  return (
    <ActionForm action={action} state={state} noValidate className="max-w-xl">
      <ErrorSummary fieldErrors={fieldErrors} formError={state.formError} />
      <TextField name="name" label="Full name" autoComplete="off" required defaultValue={values.name} error={fieldErrors.name} maxLength={120} />
      <TextField
        name="email"
        type="email"
        label="Work email address"
        hint="The enrolment link is sent here. It works once, for 72 hours."
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={values.email}
        error={fieldErrors.email}
      />
      <RoleCheckboxes checked={values.roles?.split(",") ?? []} error={fieldErrors.roles} />
      <SubmitButton pendingLabel="Sending the invitation…">Send invitation</SubmitButton>
    </ActionForm>
  );
}
