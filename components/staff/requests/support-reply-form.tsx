"use client";

import { useActionState, useState } from "react";
import { replyToSupportRequestAction } from "@/app/staff/(console)/requests/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { idleState } from "@/lib/platform/forms/action-state";

type Props = { supportRequestId: string; hasAccount: boolean };

/** The staff reply: by email, and to account holders also as a notification and on "My requests". After one, another can be written. */
export function SupportReplyForm(props: Props) {
  const [round, setRound] = useState(0);
  return <ReplyForm key={round} {...props} another={() => setRound((value) => value + 1)} />;
}

function ReplyForm({ supportRequestId, hasAccount, another }: Props & { another: () => void }) {
  const [state, formAction] = useActionState(replyToSupportRequestAction, idleState<"message", "replied">());
  if (state.status === "ok") {
    return (
      <div className="space-y-3">
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-semibold">Reply sent.</p>
        <button type="button" onClick={another} className="min-h-11 border-2 border-slate-700 bg-white px-5 py-2 font-semibold hover:bg-slate-100">
          Write another reply
        </button>
      </div>
    );
  }
  return (
    <ActionForm action={formAction} state={state} noValidate>
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />
      <input type="hidden" name="supportRequestId" value={supportRequestId} />
      <TextArea
        name="message"
        label="Your reply"
        hint={hasAccount ? "Sent by email and shown under My requests in the person's account. Never include a Social Security number." : "Sent by email only: this person was not signed in. Never include a Social Security number."}
        rows={6}
        maxLength={4000}
        required
        defaultValue={state.values.message}
        error={state.fieldErrors.message}
      />
      <SubmitButton pendingLabel="Sending…">Send reply</SubmitButton>
    </ActionForm>
  );
}
