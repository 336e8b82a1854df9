"use client";
import { useActionState } from "react";
import { staffSignInAction } from "@/app/staff/(entry)/sign-in/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";

/** The console's first factor: work email and password. */
export function StaffSignInForm() {
  const [state, action] = useActionState(staffSignInAction, idleState());
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <TextField name="email" type="email" label="Work email address" autoComplete="username" spellCheck={false} defaultValue={state.values.email} error={state.fieldErrors.email} />
      <PasswordField name="password" label="Password" autoComplete="current-password" error={state.fieldErrors.password} />
      <SubmitButton pendingLabel="Signing in…">Continue</SubmitButton>
    </ActionForm>
  );
}
