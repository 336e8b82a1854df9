"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { startTransition, useActionState, useState } from "react";
import { passkeyStepAction, passkeyStepOptionsAction } from "@/app/(auth)/sign-in/second-factor/actions";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { idleState } from "@/lib/platform/forms/action-state";

const buttonClass = "min-h-11 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-75";

/**
 * "Use a passkey" at the second step: asks the server for options (a challenge bound to this browser
 * and sign-in), opens the browser's passkey dialog, and posts the answer. Everything else on the page
 * is rendered on the server.
 */
export function PasskeyStep() {
  const [state, send] = useActionState(passkeyStepAction, idleState());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();

  async function usePasskey() {
    setBusy(true);
    setRefusal(undefined);
    try {
      const options = await passkeyStepOptionsAction();
      if (!options) return setRefusal("Your sign-in has expired. Sign in again with your username and password.");
      const response = await startAuthentication({ optionsJSON: options });
      const form = new FormData();
      form.set("passkeyResponse", JSON.stringify(response));
      if ((document.getElementById("rememberPasskey") as HTMLInputElement | null)?.checked) form.set("remember", "yes");
      startTransition(() => send(form));
    } catch {
      setRefusal("The passkey was not used: it was cancelled or took too long. Try again, or enter a code instead.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-4">
      <ErrorSummary formError={refusal ?? state.formError} />
      <Checkbox id="rememberPasskey" name="remember" label="Remember this browser for 30 days" hint="Only on a device you alone use. You will still need your password." />
      <button type="button" onClick={usePasskey} disabled={busy} aria-disabled={busy || undefined} className={buttonClass}>
        {busy ? "Waiting for your passkey…" : "Use a passkey"}
      </button>
    </div>
  );
}
