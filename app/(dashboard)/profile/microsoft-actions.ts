"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { reauthFields } from "@/lib/profile/email-change-form";
import { startMicrosoftLink, unlinkMicrosoft } from "@/lib/profile/sign-in-details-data";

/**
 * "Link Microsoft account": records the link intent (this person, this browser; SES-7 first), then
 * starts the Microsoft sign-in. Its callback links the identity to this account or refuses it.
 */
export async function linkMicrosoftAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await startMicrosoftLink(readForm(formData, reauthFields));
  if (state.status !== "ok") return state;
  await signIn("microsoft-entra-id", { redirectTo: "/profile" });
  return state;
}

export async function unlinkMicrosoftAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await unlinkMicrosoft(readForm(formData, reauthFields));
  if (state.status === "ok") redirect("/profile?microsoft=unlinked");
  return state;
}
