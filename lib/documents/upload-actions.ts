"use server";

import { redirect } from "next/navigation";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { removeFields, removeMyDocument, uploadFields, uploadMyDocument } from "./my-documents";

/**
 * The document form's actions. They live here rather than beside a page because the wizard's
 * documents step and the "information requested" page both render the same form. Each hands its
 * work to a data function that takes the person from the session (NX-2).
 */
export async function uploadDocumentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { redirectTo, ...state } = await uploadMyDocument(readForm(formData, uploadFields), formData.get("file"));
  if (redirectTo) redirect(redirectTo);
  return state;
}

export async function removeDocumentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { redirectTo, ...state } = await removeMyDocument(readForm(formData, removeFields));
  if (redirectTo) redirect(redirectTo);
  return state;
}
