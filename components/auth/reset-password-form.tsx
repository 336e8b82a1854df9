"use client";
import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialResetState } from "@/lib/recovery/reset-form-state";

const hint = "At least 15 characters, with an uppercase and a lowercase letter, a number and a special character. Not a common password, and not containing your username or name.";

/** New password twice, under the registration policy; the token travels in the POST body. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialResetState);
  if (state.status === "invalid-link") return <DeadLink />;
  const fieldErrors = { password: state.fieldErrors?.password ?? "", confirmPassword: state.fieldErrors?.confirmPassword ?? "" };
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={fieldErrors} />
      <input type="hidden" name="token" value={token} />
      <PasswordField name="password" label="New password" hint={hint} autoComplete="new-password" error={state.fieldErrors?.password} />
      <PasswordField name="confirmPassword" label="Confirm new password" autoComplete="new-password" error={state.fieldErrors?.confirmPassword} />
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
