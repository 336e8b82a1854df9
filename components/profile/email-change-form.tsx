"use client";

import { useActionState } from "react";
import { requestEmailChangeAction } from "@/app/(dashboard)/profile/email-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import { CurrentPasswordField } from "./current-password-field";
import { ActionForm } from "@/components/ui/action-form";

/** "Change email address": the new address, and the current password when SES-7 asks for it. */
export function EmailChangeForm({ passwordNeeded }: { passwordNeeded: boolean }) {
  const [state, formAction] = useActionState(requestEmailChangeAction, idleState());
  const errors = state.fieldErrors;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={errors} formError={state.formError} fieldIds={{ currentPassword: "emailCurrentPassword" }} />
      {state.status === "ok" ? (
        <p role="status" className="mb-4 border-l-4 border-green-800 bg-white p-3">
          We sent a link to <strong className="wrap-anywhere">{state.values.newEmail}</strong>. Your email address changes when you use it.
        </p>
      ) : null}
      <TextField
        id="newEmail"
        name="newEmail"
        label="New email address"
        hint="We will send a link to this address. Your email address changes only when you use the link, within 24 hours."
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.status === "error" ? state.values.newEmail : ""}
        error={errors.newEmail}
      />
      <CurrentPasswordField id="emailCurrentPassword" needed={passwordNeeded} error={errors.currentPassword} />
      <SubmitButton pendingLabel="Sending…">Change email address</SubmitButton>
    </ActionForm>
  );
}
