"use client";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/app/(public)/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";
import { ActionForm } from "@/components/ui/action-form";

type SignInAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The guide's "Sign In" box: Username, Password, their "Forgot …?" links, and "Login". */
export function SignInForm({ next, action: serverAction = signInAction }: { next?: string; action?: SignInAction }) {
  const [state, action] = useActionState(serverAction, idleState());
  const fieldErrors = { username: state.fieldErrors.username ?? "", password: state.fieldErrors.password ?? "" };
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={fieldErrors} formError={state.formError} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        name="username"
        label="Username"
        hint={<Link href="/forgot-username">Forgot Username?</Link>}
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values.username}
        error={state.fieldErrors.username}
      />
      <PasswordField
        name="password"
        label="Password"
        hint={<Link href="/forgot-password">Forgot Password?</Link>}
        autoComplete="current-password"
        error={state.fieldErrors.password}
      />
      <SubmitButton pendingLabel="Signing in…" className="w-full rounded text-lg">
        <span aria-hidden="true">→ </span>Login
      </SubmitButton>
    </ActionForm>
  );
}
