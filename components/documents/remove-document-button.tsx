"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { removeDocumentAction } from "@/lib/documents/upload-actions";
import { idleState } from "@/lib/platform/forms/action-state";

/** "Remove" for one document: a one-button form, so it works without JavaScript too. */
export function RemoveDocumentButton({ documentId, fileName, returnTo }: { documentId: string; fileName: string; returnTo: string }) {
  const [state, formAction] = useActionState(removeDocumentAction, idleState());
  return (
    <ActionForm action={formAction} state={state} className="inline">
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SubmitButton variant="secondary" pendingLabel="Removing…" className="min-h-11">
        Remove<span className="sr-only"> {fileName}</span>
      </SubmitButton>
      {state.formError ? (
        <p role="alert" className="mt-1 font-semibold text-red-700">
          {state.formError}
        </p>
      ) : null}
    </ActionForm>
  );
}
