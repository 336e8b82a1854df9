"use client";
import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { NewPasswordFields } from "@/components/register/new-password-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import type { ResetLinkOutcome } from "@/lib/recovery/reset-password";
import { ActionForm } from "@/components/ui/action-form";
import { DeadLinkNotice } from "@/components/ui/dead-link-notice";

/** New password twice, under the registration policy; the token travels in the POST body. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleState<string, ResetLinkOutcome>());
  if (state.outcome?.kind === "invalid-link") return <DeadLink />;
  const fieldErrors = state.fieldErrors;
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={fieldErrors} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={fieldErrors} passwordLabel="New password" confirmLabel="Confirm new password" />
      <SubmitButton pendingLabel="Changing your password…">Change password</SubmitButton>
    </ActionForm>
  );
}

export function DeadLink() {
  return (
    <DeadLinkNotice>
      Reset links work once, for 30 minutes. <Link href="/forgot-password">Ask for a new link</Link>.
    </DeadLinkNotice>
  );
}
