"use client";

import { useActionState } from "react";
import { submitSupportRequestAction } from "@/app/(public)/support/actions";
import { Captcha } from "@/components/ui/captcha";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FocusOnMount } from "@/components/ui/focus-on-mount";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";
import { supportTopics } from "@/lib/support/support-form";
import { ActionForm } from "@/components/ui/action-form";

export type SupportFormProps = {
  signedIn: boolean;
  defaults: { name: string; email: string; topic?: string };
  supportPhone: string;
};

/** Every answer spends the captcha (a solved one is used up), so each gets a fresh one. */
async function sendCounted(previous: ActionState, formData: FormData): Promise<ActionState> {
  return { ...(await submitSupportRequestAction(previous, formData)), captchaRound: (previous.captchaRound ?? 0) + 1 };
}

/** The online support form; on success it is replaced by the confirmation with the reference number. */
export function SupportForm({ signedIn, defaults, supportPhone }: SupportFormProps) {
  const [state, formAction] = useActionState(sendCounted, idleState());
  if (state.status === "ok") {
    return (
      <FocusOnMount className="border-4 border-green-800 bg-white p-4" aria-labelledby="support-sent-heading">
        <h2 id="support-sent-heading" className="mb-2 text-2xl font-bold">
          Your request has been sent
        </h2>
        <p className="mb-2">
          Your reference number is <strong className="whitespace-nowrap">{state.values.reference}</strong>.
        </p>
        <p>We have emailed you a receipt. Quote the reference number if you call us about this request.</p>
      </FocusOnMount>
    );
  }
  const values: Record<string, string | undefined> = { ...defaults, ...state.values };
  const errors = state.fieldErrors;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={errors} formError={state.formError} fieldIds={{ altcha: "captcha" }} />
      {signedIn ? <p className="mb-6">You are signed in, so your account will be attached to this request.</p> : null}
      <TextField name="name" label="Your name" autoComplete="name" required defaultValue={values.name} error={errors.name} maxLength={120} />
      <TextField
        name="email"
        label="Email address"
        hint="We will answer by email."
        type="email"
        autoComplete="email"
        spellCheck={false}
        required
        defaultValue={values.email}
        error={errors.email}
      />
      <TextField name="phone" label="Phone number (optional)" type="tel" autoComplete="tel" width="medium" defaultValue={values.phone} error={errors.phone} />
      <Select name="topic" label="What is your question about?" options={supportTopics} placeholder="Select a topic" required defaultValue={values.topic} error={errors.topic} />
      <TextArea
        name="message"
        label="Message"
        hint="Never enter your Social Security number or any part of it. We will never ask for it here."
        rows={7}
        maxLength={4000}
        required
        defaultValue={values.message}
        error={errors.message}
      />
      {signedIn ? null : (
        <div key={state.captchaRound}>
          <Captcha action="support-request" error={errors.altcha} noscriptHelp={`The “I’m not a robot” check needs JavaScript. Without it, call us at ${supportPhone}.`} />
        </div>
      )}
      <SubmitButton pendingLabel="Sending…">Send request</SubmitButton>
    </ActionForm>
  );
}
