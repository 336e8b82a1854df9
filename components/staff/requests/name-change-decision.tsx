"use client";

import { useActionState } from "react";
import { approveNameChangeAction, denyNameChangeAction } from "@/app/staff/(console)/requests/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { idleState } from "@/lib/platform/forms/action-state";

type Decision = "approved" | "denied";

const decided: Record<Decision, string> = {
  approved: "Approved. The record shows the new name, and the educator has been told by notification and email.",
  denied: "Denied. The educator has been told by notification and email, with your message.",
};

/**
 * The reviewer's two answers to a name change request, as two forms: approve (an optional message)
 * and deny (a message is required). Each says what happened once the server has done it.
 */
export function NameChangeDecision({ requestId }: { requestId: string }) {
  const [approval, approve] = useActionState(approveNameChangeAction, idleState<"message", Decision>());
  const [denial, deny] = useActionState(denyNameChangeAction, idleState<"message", Decision>());
  const outcome = approval.outcome ?? denial.outcome;
  if (outcome) return <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-semibold">{decided[outcome]}</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="approve-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="approve-heading" className="mb-3 text-xl font-bold">Approve</h2>
        <ActionForm action={approve} state={approval} noValidate>
          <ErrorSummary fieldErrors={{ "approve-message": approval.fieldErrors.message ?? "" }} formError={approval.formError} />
          <input type="hidden" name="requestId" value={requestId} />
          <TextArea id="approve-message" name="message" label="Message to the educator (optional)" rows={3} maxLength={4000} defaultValue={approval.values.message} error={approval.fieldErrors.message} />
          <SubmitButton pendingLabel="Approving…">Approve the name change</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="deny-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="deny-heading" className="mb-3 text-xl font-bold">Deny</h2>
        <ActionForm action={deny} state={denial} noValidate>
          <ErrorSummary fieldErrors={{ "deny-message": denial.fieldErrors.message ?? "" }} formError={denial.formError} />
          <input type="hidden" name="requestId" value={requestId} />
          <TextArea id="deny-message" name="message" label="Why the request is denied" hint="The educator reads this. Say what they can do next, for example which document to send." rows={3} maxLength={4000} required defaultValue={denial.values.message} error={denial.fieldErrors.message} />
          <SubmitButton variant="secondary" pendingLabel="Denying…">Deny the name change</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
