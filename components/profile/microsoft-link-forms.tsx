"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { linkMicrosoftAction, unlinkMicrosoftAction } from "@/app/(dashboard)/profile/microsoft-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import { CurrentPasswordField } from "./current-password-field";
import { ActionForm } from "@/components/ui/action-form";

const again = "Nothing was linked. Choose “Link Microsoft account” to try again.";

/** Outcomes the Microsoft sign-in sends back (lib/auth/microsoft-link-intent.ts), in plain words. */
const outcomes: Record<string, { ok: boolean; text: string }> = {
  linked: { ok: true, text: "Your Microsoft account is now linked. Next time you can sign in with “Login with Microsoft”." },
  unlinked: { ok: true, text: "Your Microsoft account has been unlinked. “Login with Microsoft” no longer signs in to your account." },
  "already-linked": { ok: true, text: "That Microsoft account was already linked to your account." },
  "linked-elsewhere": { ok: false, text: "That Microsoft account is already linked to another portal account, so it was not linked to yours." },
  expired: { ok: false, text: `The linking request expired or was already used. ${again}` },
  "wrong-user": { ok: false, text: `The linking request was started by a different sign-in. ${again}` },
  tenant: { ok: false, text: "That Microsoft account belongs to an organisation that cannot sign in to this portal. Nothing was linked." },
};

export function MicrosoftLinkNotice() {
  const outcome = outcomes[useSearchParams().get("microsoft") ?? ""];
  if (!outcome) return null;
  return (
    <p role={outcome.ok ? "status" : "alert"} className={`mb-4 border-l-4 bg-white p-3 ${outcome.ok ? "border-green-800" : "border-red-700"}`}>
      {outcome.text}
      {outcome.ok ? null : (
        <>
          {" "}
          If you need help, use the <Link href="/support">Online Support Form</Link>.
        </>
      )}
    </p>
  );
}

/** "Link Microsoft account": on success the action sends the browser to Microsoft. */
export function MicrosoftLinkForm({ passwordNeeded }: { passwordNeeded: boolean }) {
  const [state, formAction] = useActionState(linkMicrosoftAction, idleState());
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ currentPassword: "linkCurrentPassword" }} />
      <CurrentPasswordField id="linkCurrentPassword" needed={passwordNeeded} error={state.fieldErrors.currentPassword} />
      <SubmitButton pendingLabel="Opening Microsoft…">Link Microsoft account</SubmitButton>
    </ActionForm>
  );
}

export function MicrosoftUnlinkForm({ passwordNeeded }: { passwordNeeded: boolean }) {
  const [state, formAction] = useActionState(unlinkMicrosoftAction, idleState());
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} fieldIds={{ currentPassword: "unlinkCurrentPassword" }} />
      <CurrentPasswordField id="unlinkCurrentPassword" needed={passwordNeeded} error={state.fieldErrors.currentPassword} />
      <SubmitButton variant="secondary" pendingLabel="Unlinking…">
        Unlink Microsoft account
      </SubmitButton>
    </ActionForm>
  );
}
