"use client";
import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { NewPasswordFields } from "@/components/register/new-password-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialResetState } from "@/lib/recovery/reset-form-state";

/** New password twice, under the registration policy; the token travels in the POST body. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialResetState);
  if (state.status === "invalid-link") return <DeadLink />;
  const fieldErrors = { password: state.fieldErrors?.password ?? "", confirmPassword: state.fieldErrors?.confirmPassword ?? "" };
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={fieldErrors} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields answer={state} errors={fieldErrors} passwordLabel="New password" confirmLabel="Confirm new password" />
      <SubmitButton pendingLabel="Changing your password…">Change password</SubmitButton>
    </form>
  );
}

export function DeadLink() {
  return (
    <div role="alert" className="space-y-3 border-l-4 border-accent-500 bg-white p-4">
      <h2 className="text-xl font-bold">This link has expired or has already been used</h2>
      <p>
        Reset links work once, for 30 minutes. <Link href="/forgot-password">Ask for a new link</Link>.
      </p>
    </div>
  );
}
