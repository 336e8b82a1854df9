import { megabytes } from "@/lib/documents/document-messages";
import { getConfig } from "@/lib/platform/config/env";
import { DocumentUploadFields } from "./document-upload-fields";

type Props = {
  applicationId: string;
  /** Which required document this is (the application type's name for it, e.g. "transcript"). */
  requirement: string;
  /** A path in the portal to come back to after a successful upload (the page showing this form). */
  returnTo: string;
  label?: string;
  /** Replaces the stated kinds and limits (which otherwise come from the configuration). */
  hint?: string;
};

/**
 * One document upload (issue 13 item 4), for the wizard's documents step and "information requested".
 * Server-rendered so the limits it states are the configured ones (GOV.UK: say the rules before the
 * person runs into them).
 */
export function DocumentUploadForm({ applicationId, requirement, returnTo, label = "Upload a file", hint }: Props) {
  const { DOCUMENT_MAX_BYTES, APPLICATION_DOCUMENTS_MAX_BYTES } = getConfig();
  const stated = hint ?? `A PDF, JPG or PNG file, up to ${megabytes(DOCUMENT_MAX_BYTES)} MB (all of this application's files together: up to ${megabytes(APPLICATION_DOCUMENTS_MAX_BYTES)} MB)`;
  return <DocumentUploadFields applicationId={applicationId} requirement={requirement} returnTo={returnTo} label={label} hint={stated} />;
}
