"use client";
import { useActionState } from "react";
import { acceptStaffInvitationAction, type InvitationOutcome } from "@/app/staff/(entry)/invitation/actions";
import { NewPasswordFields } from "@/components/register/new-password-fields";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import { DeadInvitation } from "./dead-invitation";

/** The invited person's new password, twice, under the portal's policy; the token travels in the POST body. */
export function StaffInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(acceptStaffInvitationAction, idleState<string, InvitationOutcome>());
  if (state.outcome?.kind === "invalid-link") return <DeadInvitation />;
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={state.fieldErrors} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right sign-in name. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields errors={state.fieldErrors} passwordLabel="New password" confirmLabel="Confirm new password" />
      <SubmitButton pendingLabel="Saving your password…">Save password and continue</SubmitButton>
    </ActionForm>
  );
}
