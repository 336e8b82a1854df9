"use client";

import { useActionState } from "react";
import { answerInformationRequestAction, withdrawApplicationAction } from "@/app/(dashboard)/applications/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { idleState } from "@/lib/platform/forms/action-state";

/** "Withdraw this application": one button; the server checks review has not started. */
export function WithdrawForm({ formKey }: { formKey: string }) {
  const [state, formAction] = useActionState(withdrawApplicationAction, idleState<never, "withdrawn">());
  if (state.status === "ok") return <p role="status">You withdrew this application.</p>;
  return (
    <ActionForm action={formAction} state={state}>
      <ErrorSummary formError={state.formError} />
      <input type="hidden" name="applicationId" value={formKey} />
      <SubmitButton variant="secondary" pendingLabel="Withdrawing…">
        Withdraw this application
      </SubmitButton>
    </ActionForm>
  );
}

/** The answer to "information requested", in the educator's words. */
export function InformationAnswerForm({ formKey }: { formKey: string }) {
  const [state, formAction] = useActionState(answerInformationRequestAction, idleState<"informationAnswer", "answered">());
  if (state.status === "ok") return <p role="status">Thank you: we sent your answer to the reviewer.</p>;
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <input type="hidden" name="applicationId" value={formKey} />
      <TextArea name="informationAnswer" label="Your answer" hint="Do not include your Social Security number." rows={5} maxLength={4000} required defaultValue={state.values.informationAnswer} error={state.fieldErrors.informationAnswer} />
      <SubmitButton pendingLabel="Sending…">Send your answer</SubmitButton>
    </ActionForm>
  );
}
