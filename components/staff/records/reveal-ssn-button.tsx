"use client";

import { useActionState } from "react";
import { revealSsnAction } from "@/app/staff/(console)/records/[publicId]/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/platform/forms/action-state";
import type { RevealState } from "@/lib/staff/records/reveal-ssn";

/**
 * "Reveal SSN" (records only): the full number appears in place of the masked one for this view
 * only; every press is audited. Nothing is stored in the page or the URL.
 */
export function RevealSsnButton({ publicId, masked }: { publicId: string; masked: string }) {
  const [state, formAction] = useActionState(revealSsnAction, idleState() as RevealState);
  if (state.status === "ok" && state.outcome) {
    return (
      <p>
        <span className="font-mono text-lg" data-testid="revealed-ssn">
          {state.outcome.ssn}
        </span>{" "}
        <span className="text-sm text-slate-700">(shown once; this view was recorded in the audit log)</span>
      </p>
    );
  }
  return (
    <ActionForm action={formAction} state={state} className="flex flex-wrap items-center gap-3">
      <span className="font-mono text-lg whitespace-nowrap">{masked}</span>
      <input type="hidden" name="publicId" value={publicId} />
      <SubmitButton variant="secondary">Reveal SSN</SubmitButton>
      {state.formError ? <span role="alert">{state.formError}</span> : null}
    </ActionForm>
  );
}
