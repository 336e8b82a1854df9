"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { classes, controlAria, controlClass, controlErrorClass, FieldShell } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptAttribute } from "@/lib/documents/document-kinds";
import { uploadDocumentAction } from "@/lib/documents/upload-actions";
import { idleState } from "@/lib/platform/forms/action-state";

type Props = {
  applicationId: string;
  /** Which required document this is (the application type's name for it, e.g. "transcript"). */
  requirement: string;
  /** A path in the portal to come back to after a successful upload (the page showing this form). */
  returnTo: string;
  label: string;
  /** The kinds and limits, stated up front (DocumentUploadForm works them out from the configuration). */
  hint: string;
};

/**
 * The upload form's browser half: a multipart form posting to a server action, so it works without
 * JavaScript. A refused file (wrong kind, too large, application full) is named next to the field and
 * in the summary at the top, and nothing is stored.
 */
export function DocumentUploadFields({ applicationId, requirement, returnTo, label, hint }: Props) {
  const [state, formAction] = useActionState(uploadDocumentAction, idleState());
  const id = `file-${requirement.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const error = state.fieldErrors.file;
  return (
    <ActionForm action={formAction} state={state} noValidate encType="multipart/form-data" className="space-y-4">
      <ErrorSummary fieldErrors={error ? { file: error } : {}} formError={state.formError} fieldIds={{ file: id }} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="requirement" value={requirement} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FieldShell id={id} label={label} hint={hint} error={error}>
        <input
          id={id}
          name="file"
          type="file"
          accept={acceptAttribute}
          className={classes(controlClass, "max-w-full", error && controlErrorClass)}
          {...controlAria(id, { hint, error })}
        />
      </FieldShell>
      <SubmitButton variant="secondary" pendingLabel="Uploading…">
        Upload file
      </SubmitButton>
    </ActionForm>
  );
}
