"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { changePassword, signOutOtherSessions } from "@/lib/profile/profile-data";
import { changePasswordFields } from "@/lib/profile/security";

/**
 * Both end the account's other sessions and re-issue this one's cookie. They redirect on success
 * instead of re-rendering in place: the re-render would read the request's old (now stale) cookie
 * and sign the person out, while a redirect renders with the new one (SES-5).
 */
export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await changePassword(readForm(formData, changePasswordFields));
  if (state.status === "ok") redirect("/profile?security=password-changed");
  // A refused attempt is a security event too: the list below the form shows it straight away.
  revalidatePath("/profile");
  return state;
}

export async function signOutOtherSessionsAction(): Promise<void> {
  await signOutOtherSessions();
  redirect("/profile?security=signed-out-others");
}
