"use server";
import { redirect } from "next/navigation";
import { errorState, outcomeState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { acceptInvitation, invitationFields } from "@/lib/staff/invitations/accept-invitation";
import { setStaffCookie } from "@/lib/staff/session";

export type InvitationOutcome = { kind: "invalid-link" };

/**
 * The invitation page's POST (a visitor action: the single-use link is the credential): the only
 * step that uses the link up, so a mail scanner's GET cannot. Then on to the second factor.
 */
export async function acceptStaffInvitationAction(_previous: ActionState<string, InvitationOutcome>, formData: FormData): Promise<ActionState<string, InvitationOutcome>> {
  const result = await acceptInvitation({ ...readForm(formData, invitationFields), request: await requestFacts() });
  if (result.ok) {
    await setStaffCookie(result.sessionToken);
    redirect(result.next);
  }
  if (result.kind === "invalid-link") return outcomeState({ kind: "invalid-link" }, "error");
  return errorState({ [result.field]: result.message }, {});
}
