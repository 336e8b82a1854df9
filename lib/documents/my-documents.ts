import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { errorState, idleState, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { listDocumentsFor, readDocumentFor, removeDocumentFor, storeDocument, type StoredDocument } from "./document-store";
import { safeReturnPath } from "./return-path";

/**
 * The signed-in person's documents (NX-2): each function takes the person from the session. The
 * `application` and `document` arguments only narrow the person's own rows, so another person's id
 * finds nothing (DOC-3).
 */
export const uploadFields = ["applicationId", "requirement", "returnTo"] as const;
export const removeFields = ["documentId", "returnTo"] as const;

export type UploadResult = ActionState & { redirectTo?: string };

export async function myApplicationDocuments(application: string): Promise<StoredDocument[]> {
  const user = await requireUser();
  return typeof application === "string" ? listDocumentsFor(user.id, application) : [];
}

export async function myDocumentFile(document: string) {
  const user = await requireUser();
  return typeof document === "string" ? readDocumentFor(user.id, document) : null;
}

/** Stores the uploaded file for the session's person; an error sits next to the file field. */
export async function uploadMyDocument(values: Record<(typeof uploadFields)[number], string>, file: unknown): Promise<UploadResult> {
  const user = await requireUser();
  const outcome = await storeDocument(
    { userId: user.id, applicationId: values.applicationId, requirement: values.requirement, file: file instanceof File ? file : null },
    await requestFacts(),
  );
  // Nothing typed is lost: the only other fields are hidden ones, and a file input cannot be refilled.
  const kept = { applicationId: values.applicationId, requirement: values.requirement, returnTo: values.returnTo };
  if (!outcome.ok) return errorState({ [outcome.field]: outcome.message }, kept);
  return { ...idleState(), status: "ok", redirectTo: safeReturnPath(values.returnTo) };
}

/** Removes one of the session's person's documents; another person's id removes nothing. */
export async function removeMyDocument(values: Record<(typeof removeFields)[number], string>): Promise<UploadResult> {
  const user = await requireUser();
  const removed = await removeDocumentFor(user.id, values.documentId, await requestFacts());
  if (!removed) return errorState({}, {}, "That document could not be removed. It may have been removed already.");
  return { ...idleState(), status: "ok", redirectTo: safeReturnPath(values.returnTo) };
}
