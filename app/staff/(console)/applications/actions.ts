"use server";

import { revalidatePath } from "next/cache";
import { approveApplication, recommendApproval } from "@/lib/staff/applications/decision";
import { assignApplicationToMe, denyApplication, markElementReceived, requestInformation } from "@/lib/staff/applications/review-actions";
import { applicationFields, approvalFields, denialFields, elementFields, informationRequestFields } from "@/lib/staff/applications/review-fields";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";

/**
 * The reviewer's actions (issue 15 item 2). Thin: the application's id comes from a hidden field and
 * lib re-checks the reviewer role and the application itself (NX-2); nothing is bound from the page.
 */
async function settled<State extends { status: string }>(state: State): Promise<State> {
  if (state.status === "ok") revalidatePath("/staff/applications", "layout");
  return state;
}

export async function assignApplicationAction(_previous: ActionState<never, "assigned">, formData: FormData): Promise<ActionState<never, "assigned">> {
  return settled(await assignApplicationToMe(readForm(formData, applicationFields)));
}

export async function markElementReceivedAction(_previous: ActionState<never, "received">, formData: FormData): Promise<ActionState<never, "received">> {
  return settled(await markElementReceived(readForm(formData, elementFields)));
}

export async function requestInformationAction(_previous: ActionState<"message", "requested">, formData: FormData): Promise<ActionState<"message", "requested">> {
  return settled(await requestInformation(readForm(formData, informationRequestFields)));
}

export async function recommendApprovalAction(_previous: ActionState<never, "recommended">, formData: FormData): Promise<ActionState<never, "recommended">> {
  return settled(await recommendApproval(readForm(formData, applicationFields)));
}

export async function approveApplicationAction(
  _previous: ActionState<"credentialType" | "area" | "rank", "approved">,
  formData: FormData,
): Promise<ActionState<"credentialType" | "area" | "rank", "approved">> {
  return settled(await approveApplication(readForm(formData, approvalFields)));
}

export async function denyApplicationAction(_previous: ActionState<"reason", "denied">, formData: FormData): Promise<ActionState<"reason", "denied">> {
  return settled(await denyApplication(readForm(formData, denialFields)));
}
