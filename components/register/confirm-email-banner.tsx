"use client";

import { useActionState } from "react";
import { resendConfirmationAction } from "@/app/(dashboard)/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { idleState } from "@/lib/platform/forms/action-state";

const answers = {
  sent: "We sent a new confirmation email. Check your inbox, and your spam folder, for the link.",
  "already-confirmed": "Your email address is already confirmed.",
  "rate-limited": "We have sent several confirmation emails already. Please wait an hour before asking for another.",
} as const;

/** Until the email is confirmed: a banner with "Resend confirmation email" (rate limited on the server). */
export function ConfirmEmailBanner() {
  const [state, action] = useActionState(resendConfirmationAction, idleState<never, never>());
  return (
    <section aria-labelledby="confirm-banner-heading" className="border-l-8 border-amber-500 bg-amber-50 p-4">
      <h2 id="confirm-banner-heading" className="text-lg font-semibold">
        Please confirm your email address
      </h2>
      <p className="mt-1">We sent you an email with a link to confirm your address. The link works for 24 hours.</p>
      <ActionForm action={action} state={state} className="mt-3">
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Resend confirmation email
        </SubmitButton>
      </ActionForm>
      <p role="status" className="mt-2 font-semibold">
        {state.outcome ? answers[state.outcome] : ""}
      </p>
    </section>
  );
}
