"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(dashboard)/profile/security-actions";
import { NewPasswordFields } from "@/components/register/new-password-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import { ActionForm } from "@/components/ui/action-form";

/** Ids of their own: another profile form may ask for a password too (SES-7), and ids must stay unique. */
const ids = { currentPassword: "change-current-password", password: "change-new-password", confirmPassword: "change-confirm-password" };

/** Current password, then the new one twice under the registration policy, with the same live checklist. */
export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, idleState());
  const errors = state.fieldErrors;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={errors} formError={state.formError} fieldIds={ids} />
      <PasswordField name="currentPassword" id={ids.currentPassword} label="Current password" required autoComplete="current-password" error={errors.currentPassword} />
      <NewPasswordFields errors={errors} passwordLabel="New password" confirmLabel="Confirm new password" required ids={ids} />
      <p className="mb-4 text-slate-700">Changing your password signs you out everywhere else. This device stays signed in.</p>
      <SubmitButton pendingLabel="Changing your password…">Change password</SubmitButton>
    </ActionForm>
  );
}
