"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hint?: string;
  /** Staff never get "remember this browser": their second step is asked at every sign-in. */
  offerRemember?: boolean;
};

const authenticatorHint = "The 6-digit code your authenticator app shows now. Lost your phone? Enter one of your recovery codes instead.";

/** The sign-in's second step: one field takes an authenticator code or a recovery code. */
export function SecondFactorForm({ action, hint = authenticatorHint, offerRemember = true }: Props) {
  const [state, formAction] = useActionState(action, idleState());
  return (
    <ActionForm action={formAction} state={state} noValidate className="space-y-5">
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <TextField
        name="code"
        label="Security code"
        hint={hint}
        autoComplete="one-time-code"
        spellCheck={false}
        maxLength={32}
        width="medium"
        error={state.fieldErrors.code}
      />
      {offerRemember ? <Checkbox name="remember" label="Remember this browser for 30 days" hint="Only on a device you alone use. You will still need your password." /> : null}
      <SubmitButton pendingLabel="Checking…">Continue</SubmitButton>
    </ActionForm>
  );
}
