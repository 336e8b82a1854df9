import "server-only";
import { megabytes } from "@/lib/documents/document-messages";
import { getConfig } from "@/lib/platform/config/env";

/** The upload limits said up front, from the configured sizes (DOCUMENT_MAX_BYTES, APPLICATION_DOCUMENTS_MAX_BYTES). */
export function documentLimitsHint(): string {
  const config = getConfig();
  return `A PDF, JPG or PNG file, up to ${megabytes(config.DOCUMENT_MAX_BYTES)} MB each and ${megabytes(config.APPLICATION_DOCUMENTS_MAX_BYTES)} MB for the whole application.`;
}
