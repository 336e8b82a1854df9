"use client";

import { useActionState, useEffect, useRef } from "react";
import { idleState, type ActionState } from "@/lib/platform/forms/action-state";
import type { BulkOutcome } from "@/lib/search/bulk-state";
import { BulkResults } from "./bulk-results";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError } from "@/components/ui/field";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";

type BulkFormState = ActionState<"file", BulkOutcome>;
type Action = (state: BulkFormState, formData: FormData) => Promise<BulkFormState>;

/**
 * Upload form for bulk verification. A server action with useActionState, so it also works as a
 * plain multipart POST without JavaScript; the results replace nothing stored anywhere.
 */
export function BulkForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, idleState<"file", BulkOutcome>());
  const error = state.fieldErrors.file;
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.outcome) resultsRef.current?.querySelector<HTMLElement>("#bulk-results-heading")?.focus();
  }, [state]);
  return (
    <>
      <ActionForm action={formAction} state={state} className="max-w-prose" noValidate>
        <ErrorSummary fieldErrors={error ? { file: error } : {}} />
        <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>
          <label htmlFor="file" className="mb-1 block font-semibold">
            CSV file
          </label>
          <div id="file-hint" className="mb-1 text-sm text-slate-600">
            One certificate number or educator ID per row, up to 500 rows. A header row is fine.
          </div>
          <FieldError id="file" error={error} />
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("file", { hint: true, error })}
            className="block w-full border-2 border-slate-700 bg-white p-2"
          />
        </div>
        <SubmitButton pendingLabel="Checking the file…">Check the file</SubmitButton>
      </ActionForm>
      <div ref={resultsRef}>{state.outcome ? <BulkResults fileName={state.outcome.fileName} results={state.outcome.results} /> : null}</div>
    </>
  );
}
