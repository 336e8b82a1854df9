"use server";

import { revalidatePath } from "next/cache";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { approveNameChange, denyNameChange, nameChangeDecisionFields } from "@/lib/staff/requests/decide-name-change";
import { closeSupportRequest, reopenSupportRequest, replyToSupportRequest, supportReplyFields, supportStatusFields } from "@/lib/staff/requests/support-replies";

/**
 * The requests inbox's actions. Each lib function asks requireStaff for its role itself (reviewer for
 * name changes, support for support requests) and finds the request by the id in the form.
 */
type Decision = ActionState<"message", "approved" | "denied">;

// No revalidation after a decision: the page would re-render without its decision forms and so
// without the message saying what was done; the decided request shows as such on the next visit.
export async function approveNameChangeAction(_previous: Decision, formData: FormData): Promise<Decision> {
  return approveNameChange(readForm(formData, nameChangeDecisionFields));
}

export async function denyNameChangeAction(_previous: Decision, formData: FormData): Promise<Decision> {
  return denyNameChange(readForm(formData, nameChangeDecisionFields));
}

export async function replyToSupportRequestAction(_previous: ActionState<"message", "replied">, formData: FormData): Promise<ActionState<"message", "replied">> {
  const state = await replyToSupportRequest(readForm(formData, supportReplyFields));
  if (state.status === "ok") revalidatePath("/staff/requests", "layout");
  return state;
}

export async function closeSupportRequestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await closeSupportRequest(readForm(formData, supportStatusFields));
  if (state.status === "ok") revalidatePath("/staff/requests", "layout");
  return state;
}

export async function reopenSupportRequestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await reopenSupportRequest(readForm(formData, supportStatusFields));
  if (state.status === "ok") revalidatePath("/staff/requests", "layout");
  return state;
}
