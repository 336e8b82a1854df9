"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { BulkState } from "@/lib/search/bulk-state";
import { BulkResults } from "./bulk-results";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError } from "@/components/ui/field";

type Action = (state: BulkState, formData: FormData) => Promise<BulkState>;

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <>
      <button type="submit" disabled={pending} className="min-h-11 bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        Check the file
      </button>
      <output aria-live="polite" className="sr-only">
        {pending ? "Checking the file…" : ""}
      </output>
    </>
  );
}

/**
 * Upload form for bulk verification. A server action with useActionState, so it also works as a
 * plain multipart POST without JavaScript; the results replace nothing stored anywhere.
 */
export function BulkForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as BulkState);
  const error = state.status === "error" ? state.error : undefined;
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "done") resultsRef.current?.querySelector<HTMLElement>("#bulk-results-heading")?.focus();
  }, [state]);
  return (
    <>
      <form action={formAction} className="max-w-prose" noValidate>
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
        <SubmitButton />
      </form>
      <div ref={resultsRef}>{state.status === "done" ? <BulkResults fileName={state.fileName} results={state.results} /> : null}</div>
    </>
  );
}
