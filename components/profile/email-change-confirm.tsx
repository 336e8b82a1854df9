"use client";

import { useActionState } from "react";
import { confirmEmailChangeAction } from "@/app/(auth)/confirm-email-change/actions";
import { cardClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TokenLinkAnswer } from "@/components/ui/token-link-answer";
import type { EmailChangeOutcome } from "@/lib/profile/email-change";
import { ActionForm } from "@/components/ui/action-form";
import { idleState } from "@/lib/platform/forms/action-state";

const again = "Sign in, and on your profile choose “Change email address” again to get a new link.";

const answers: Record<EmailChangeOutcome, { title: string; body: string }> = {
  changed: { title: "Your email address has been changed", body: "We will use this address to contact you about your account and credentials from now on." },
  expired: { title: "This link has expired", body: `Links to confirm a new email address work for 24 hours. ${again}` },
  used: { title: "This link has already been used", body: `Each link works once, and a newer request replaces an older link. ${again}` },
  unknown: { title: "This link is not valid", body: `Please check that you opened the whole link from the email. ${again}` },
};

/** "Confirm my new email address" and, after it, what happened in plain words. */
export function EmailChangeConfirm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmEmailChangeAction, idleState<never, never>());
  if (state.outcome) {
    const answer = answers[state.outcome];
    return <TokenLinkAnswer outcome={state.outcome} {...answer} href="/profile" linkText="Go to your profile" />;
  }
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="mb-4 text-3xl font-bold text-brand-900">Confirm your new email address</h1>
      <ActionForm action={action} state={state} className={cardClass}>
        <p className="mb-4">Press the button to make this your account&apos;s email address.</p>
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel="Confirming…">Confirm my new email address</SubmitButton>
      </ActionForm>
    </div>
  );
}
