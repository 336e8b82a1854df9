"use client";

import { startRegistration, WebAuthnError } from "@simplewebauthn/browser";
import { startTransition, useActionState, useEffect, useState } from "react";
import { beginPasskeyAction, finishPasskeyAction } from "@/app/(dashboard)/profile/passkey-actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleState } from "@/lib/platform/forms/action-state";
import type { PasskeyOptionsOutcome } from "@/lib/profile/passkeys";
import type { RecoveryCodesOutcome } from "@/lib/profile/second-factor";
import { CurrentPasswordField } from "./current-password-field";
import { RecoveryCodeList } from "@/components/auth/recovery-code-list";

/** What the browser's refusal means to a person (cancelled, timed out, not supported). */
function browserRefusal(error: unknown): string {
  if (error instanceof WebAuthnError && error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED") return "This passkey is already on your account.";
  if (error instanceof Error && error.name === "NotAllowedError") return "The passkey was not added: it was cancelled or took too long. Try again.";
  return "This browser could not make a passkey. Try again, or use an authenticator app instead.";
}

/**
 * "Add a passkey": the name and (SES-7) the password go to the server first; its options start the
 * browser's passkey dialog; the answer goes back to the server, which stores the passkey. The only
 * client-side step is the browser's WebAuthn call itself.
 */
export function AddPasskeyForm({ passwordNeeded }: { passwordNeeded: boolean }) {
  const [begun, begin] = useActionState(beginPasskeyAction, idleState<string, PasskeyOptionsOutcome>());
  const [finished, finish] = useActionState(finishPasskeyAction, idleState<string, RecoveryCodesOutcome>());
  const [refusal, setRefusal] = useState<string | undefined>();
  const options = begun.outcome?.options;
  const name = begun.values.passkeyName ?? "";

  useEffect(() => {
    if (!options) return;
    let cancelled = false;
    startRegistration({ optionsJSON: options })
      .then((response) => {
        if (cancelled) return;
        const form = new FormData();
        form.set("passkeyName", name);
        form.set("passkeyResponse", JSON.stringify(response));
        startTransition(() => finish(form));
      })
      .catch((error: unknown) => !cancelled && setRefusal(browserRefusal(error)));
    return () => {
      cancelled = true;
    };
  }, [options, name, finish]);

  if (finished.status === "ok") {
    return finished.outcome?.recoveryCodes.length ? (
      <RecoveryCodeList codes={finished.outcome.recoveryCodes} />
    ) : (
      <p role="status" className="border-l-4 border-green-800 bg-white p-3">
        Your passkey “{name}” was added. We have sent you an email about the change.
      </p>
    );
  }
  const formError = refusal ?? finished.formError ?? begun.formError;
  return (
    <ActionForm action={(form) => (setRefusal(undefined), begin(form))} state={begun} noValidate className="space-y-4">
      <ErrorSummary fieldErrors={begun.fieldErrors} formError={formError} fieldIds={{ currentPassword: "addPasskeyCurrentPassword" }} />
      <TextField
        name="passkeyName"
        label="Name for this passkey"
        hint="For example “Work laptop” or “Blue security key”, so you can tell your passkeys apart."
        defaultValue={name}
        maxLength={60}
        width="medium"
        autoComplete="off"
        error={begun.fieldErrors.passkeyName}
      />
      <CurrentPasswordField id="addPasskeyCurrentPassword" needed={passwordNeeded} error={begun.fieldErrors.currentPassword} />
      <SubmitButton pendingLabel="Waiting for your passkey…">Add a passkey</SubmitButton>
    </ActionForm>
  );
}
