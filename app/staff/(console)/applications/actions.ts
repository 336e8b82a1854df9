"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { approveApplication, recommendApproval } from "@/lib/staff/applications/decision";
import { assignApplicationToMe, denyApplication, markElementReceived, requestInformation } from "@/lib/staff/applications/review-actions";
import { applicationFields, approvalFields, denialFields, elementFields, informationRequestFields, type Decided } from "@/lib/staff/applications/review-fields";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";

/**
 * The reviewer's actions (issue 15 item 2). Thin: the application's id comes from a hidden field and
 * lib re-checks the reviewer role and the application itself (NX-2); nothing is bound from the page.
 * Done, each goes to the application's page with a notice of what happened (the form that was used
 * is usually gone from the page by then: the item is received, the decision taken).
 */
type State<Done extends string, Field extends string = never> = ActionState<Field, Decided<Done>>;

function settled<Done extends string, Field extends string>(state: State<Done, Field>): State<Done, Field> {
  if (state.status !== "ok" || !state.outcome) return state;
  revalidatePath("/staff/applications", "layout");
  redirect(`/staff/applications/${state.outcome.reference}?done=${state.outcome.done}`);
}

export async function assignApplicationAction(_previous: State<"assigned">, formData: FormData): Promise<State<"assigned">> {
  return settled(await assignApplicationToMe(readForm(formData, applicationFields)));
}

export async function markElementReceivedAction(_previous: State<"received">, formData: FormData): Promise<State<"received">> {
  return settled(await markElementReceived(readForm(formData, elementFields)));
}

export async function requestInformationAction(_previous: State<"requested", "message">, formData: FormData): Promise<State<"requested", "message">> {
  return settled(await requestInformation(readForm(formData, informationRequestFields)));
}

export async function recommendApprovalAction(_previous: State<"recommended">, formData: FormData): Promise<State<"recommended">> {
  return settled(await recommendApproval(readForm(formData, applicationFields)));
}

export async function approveApplicationAction(_previous: State<"approved", "credentialType" | "area" | "rank">, formData: FormData): Promise<State<"approved", "credentialType" | "area" | "rank">> {
  return settled(await approveApplication(readForm(formData, approvalFields)));
}

export async function denyApplicationAction(_previous: State<"denied", "reason">, formData: FormData): Promise<State<"denied", "reason">> {
  return settled(await denyApplication(readForm(formData, denialFields)));
}
