"use client";
import { useActionState } from "react";
import { confirmStaffEnrolmentAction, type StaffEnrolmentOutcome } from "@/app/staff/(entry)/enrol/actions";
import { RecoveryCodeList } from "@/components/auth/recovery-code-list";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";

/** The first code confirms the authenticator; the recovery codes are then shown once, with the way into the console. */
export function StaffEnrolForm() {
  const [state, action] = useActionState(confirmStaffEnrolmentAction, idleState<string, StaffEnrolmentOutcome>());
  if (state.outcome) return <RecoveryCodeList codes={state.outcome.recoveryCodes} doneHref="/staff" />;
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <TextField name="code" label="Code from your app" hint="The 6-digit code the app shows for this portal." autoComplete="one-time-code" inputMode="numeric" spellCheck={false} maxLength={8} width="short" error={state.fieldErrors.code} />
      <SubmitButton pendingLabel="Checking…">Turn on and continue</SubmitButton>
    </ActionForm>
  );
}
