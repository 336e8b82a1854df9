"use client";

import { useActionState } from "react";
import { confirmEmailAction } from "@/app/(auth)/confirm-email/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TokenLinkAnswer } from "@/components/ui/token-link-answer";
import type { ConfirmOutcome } from "@/lib/registration/email-confirmation";
import { cardClass } from "@/components/ui/styles";
import { ActionForm } from "@/components/ui/action-form";
import { idleState } from "@/lib/platform/forms/action-state";

const newLink = "Sign in, and on your home page choose “Resend confirmation email” to get a new link.";

const answers: Record<ConfirmOutcome, { title: string; body: string }> = {
  confirmed: { title: "Your email address is confirmed", body: "Thank you. We will use this address to contact you about your account and credentials." },
  expired: { title: "This link has expired", body: `Confirmation links work for 24 hours. ${newLink}` },
  used: { title: "This link has already been used", body: `Each confirmation link works once. If your email is not confirmed yet, ${newLink.charAt(0).toLowerCase()}${newLink.slice(1)}` },
  unknown: { title: "This link is not valid", body: `Please check that you opened the whole link from the email. ${newLink}` },
};

/** "Confirm my email" and, after it, what happened in plain words. */
export function ConfirmEmail({ token }: { token: string }) {
  const [state, action] = useActionState(confirmEmailAction, idleState<never, never>());
  if (state.outcome) {
    const answer = answers[state.outcome];
    const linkText = state.outcome === "confirmed" ? "Go to your home page" : "Sign in";
    return <TokenLinkAnswer outcome={state.outcome} {...answer} href="/dashboard" linkText={linkText} />;
  }
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="mb-4 text-3xl font-bold text-brand-900">Confirm your email</h1>
      <ActionForm action={action} state={state} className={cardClass}>
        <p className="mb-4">Press the button to confirm the email address for your account.</p>
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel="Confirming…">Confirm my email</SubmitButton>
      </ActionForm>
    </div>
  );
}
