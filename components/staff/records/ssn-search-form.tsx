"use client";

import Link from "next/link";
import { useActionState } from "react";
import { searchBySsnAction } from "@/app/staff/(console)/records/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { SsnField } from "@/components/register/ssn-field";
import { idleState } from "@/lib/platform/forms/action-state";
import type { SsnSearchState } from "@/lib/staff/records/ssn-search";

/**
 * The full-SSN search: a POST (an SSN never goes in a URL), a reason required, and the answer showing
 * the last four digits only. The SSN field is emptied after every answer; the reason is kept after an error.
 */
export function SsnSearchForm() {
  const [state, formAction] = useActionState(searchBySsnAction, idleState() as SsnSearchState);
  const errors = state.fieldErrors;
  return (
    <>
      <ActionForm action={formAction} state={state} noValidate aria-label="Search by Social Security number">
        <ErrorSummary fieldErrors={errors} formError={state.formError} />
        <SsnField error={errors.ssn} />
        <TextArea
          name="reason"
          label="Reason for this search"
          hint="Required. Recorded in the audit log with your name, for example the support request you are answering."
          rows={3}
          maxLength={500}
          required
          error={errors.reason}
          defaultValue={state.values.reason}
        />
        <SubmitButton pendingLabel="Searching…">Search by SSN</SubmitButton>
      </ActionForm>
      {state.status === "ok" ? (
        <div role="status" className="mt-6 border-l-4 border-brand-700 bg-slate-50 p-4">
          {state.outcome?.match ? (
            <p>
              Found:{" "}
              <Link href={`/staff/records/${state.outcome.match.publicId}`} className="font-semibold">
                {state.outcome.match.name}
              </Link>
              , educator ID {state.outcome.match.publicId}, SSN <span className="font-mono whitespace-nowrap">{state.outcome.match.maskedSsn}</span>
            </p>
          ) : (
            <p>No record has this Social Security number.</p>
          )}
        </div>
      ) : null}
    </>
  );
}
