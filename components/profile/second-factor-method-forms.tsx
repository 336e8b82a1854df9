"use client";

import { useActionState } from "react";
import { removePasskeyAction, renameSecondFactorAction } from "@/app/(dashboard)/profile/passkey-actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import { CurrentPasswordField } from "./current-password-field";

/**
 * Rename a passkey or the authenticator app (`methodId` "authenticator"). Each form's ids carry the
 * method's id, since several of them share the profile page.
 */
export function RenameMethodForm({ methodId, currentName }: { methodId: string; currentName: string }) {
  const [state, formAction] = useActionState(renameSecondFactorAction, idleState());
  const fieldId = `rename-${methodId}`;
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-3">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ methodName: fieldId }} />
      <input type="hidden" name="methodId" value={methodId} />
      <TextField id={fieldId} name="methodName" label={`New name for “${currentName}”`} defaultValue={state.values.methodName ?? currentName} maxLength={60} width="medium" autoComplete="off" error={state.fieldErrors.methodName} />
      <SubmitButton variant="secondary" pendingLabel="Renaming…">
        Rename
      </SubmitButton>
    </ActionForm>
  );
}

/** Remove one passkey (SES-7: the password when the sign-in is older than 15 minutes). */
export function RemovePasskeyForm({ passkeyId, name, passwordNeeded }: { passkeyId: string; name: string; passwordNeeded: boolean }) {
  const [state, formAction] = useActionState(removePasskeyAction, idleState());
  const passwordId = `remove-${passkeyId}-password`;
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-3">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ currentPassword: passwordId }} />
      <input type="hidden" name="passkeyId" value={passkeyId} />
      <CurrentPasswordField id={passwordId} needed={passwordNeeded} error={state.fieldErrors.currentPassword} />
      <SubmitButton variant="secondary" pendingLabel="Removing…">
        Remove “{name}”
      </SubmitButton>
    </ActionForm>
  );
}
