"use client";

import { useActionState } from "react";
import { sendFollowUpAction } from "@/app/(dashboard)/requests/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { idleState } from "@/lib/platform/forms/action-state";
import type { FollowUpState } from "@/lib/support/follow-up";

/** "Answer" under a support request's conversation on My requests; ids are per request so several forms can share a page. */
export function FollowUpForm({ supportRequestId, reference }: { supportRequestId: string; reference: string }) {
  const [state, formAction] = useActionState(sendFollowUpAction, idleState() as FollowUpState);
  const id = `follow-up-${reference}`;
  if (state.status === "ok") return <p role="status" className="mt-3 font-semibold">Your message was sent to support.</p>;
  return (
    <ActionForm action={formAction} state={state} noValidate className="mt-3">
      <ErrorSummary fieldErrors={{ [id]: state.fieldErrors.message ?? "" }} formError={state.formError} />
      <input type="hidden" name="supportRequestId" value={supportRequestId} />
      <TextArea id={id} name="message" label={`Answer about ${reference}`} hint="Never include your Social Security number or any part of it." rows={3} maxLength={4000} defaultValue={state.values.message} error={state.fieldErrors.message} />
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Send to support
      </SubmitButton>
    </ActionForm>
  );
}
