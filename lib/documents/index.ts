import "server-only";

/**
 * Documents for applications (issue 13 item 4), the public face of this folder:
 * - storage (PostgreSQL, `documents` + `document_contents`): store, list, read and really remove,
 *   each for a given person; the caller takes that person from the session;
 * - `registerApplicationAccess`: the applications feature says which applications a person may add
 *   documents to (their own, still editable);
 * - the form: `components/documents/document-upload-form.tsx` (`<DocumentUploadForm applicationId
 *   requirement returnTo />`) and `document-list.tsx` (`<DocumentList applicationId returnTo />`);
 * - downloads: `/api/documents/[id]`, owner only.
 */
export { storeDocument, listDocumentsFor, readDocumentFor, removeDocumentFor, type StoredDocument, type StoreOutcome } from "./document-store";
export { registerApplicationAccess, type ApplicationAccessCheck } from "./application-access";
export { acceptedMediaTypes, sniffAcceptedType, type AcceptedMediaType } from "./content-type";
export { documentMessages } from "./document-messages";
