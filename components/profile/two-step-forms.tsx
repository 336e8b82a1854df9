"use client";

import { useActionState } from "react";
import { confirmAuthenticatorAction, removeTwoStepAction, renewRecoveryCodesAction } from "@/app/(dashboard)/profile/two-step-actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import type { RecoveryCodesOutcome } from "@/lib/profile/second-factor";
import { RecoveryCodeList } from "@/components/auth/recovery-code-list";
import { CurrentPasswordField } from "./current-password-field";

/** The first code from the app confirms the set-up; then the recovery codes are shown. */
export function ConfirmAuthenticatorForm({ passwordNeeded }: { passwordNeeded: boolean }) {
  const [state, formAction] = useActionState(confirmAuthenticatorAction, idleState<string, RecoveryCodesOutcome>());
  if (state.outcome) return <RecoveryCodeList codes={state.outcome.recoveryCodes} />;
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-4">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ currentPassword: "addFactorCurrentPassword", code: "authenticatorCode" }} />
      <TextField
        id="authenticatorCode"
        name="code"
        label="Code from your app"
        hint="The 6-digit code the app shows for this portal."
        autoComplete="one-time-code"
        inputMode="numeric"
        spellCheck={false}
        maxLength={8}
        width="short"
        error={state.fieldErrors.code}
      />
      <CurrentPasswordField id="addFactorCurrentPassword" needed={passwordNeeded} error={state.fieldErrors.currentPassword} />
      <SubmitButton pendingLabel="Checking…">Turn on two-step sign-in</SubmitButton>
    </ActionForm>
  );
}

export function RenewRecoveryCodesForm({ passwordNeeded }: { passwordNeeded: boolean }) {
  const [state, formAction] = useActionState(renewRecoveryCodesAction, idleState<string, RecoveryCodesOutcome>());
  if (state.outcome) return <RecoveryCodeList codes={state.outcome.recoveryCodes} />;
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-4">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ currentPassword: "renewCodesCurrentPassword" }} />
      <CurrentPasswordField id="renewCodesCurrentPassword" needed={passwordNeeded} error={state.fieldErrors.currentPassword} />
      <SubmitButton variant="secondary" pendingLabel="Making new codes…">
        Make new recovery codes
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveTwoStepForm({ passwordNeeded, label }: { passwordNeeded: boolean; label: string }) {
  const [state, formAction] = useActionState(removeTwoStepAction, idleState());
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-4">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ currentPassword: "removeFactorCurrentPassword" }} />
      <CurrentPasswordField id="removeFactorCurrentPassword" needed={passwordNeeded} error={state.fieldErrors.currentPassword} />
      <SubmitButton variant="secondary" pendingLabel="Removing…">
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
