"use server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { getConfig } from "@/lib/platform/config/env";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { safeRedirectPath } from "@/lib/sign-in/safe-redirect";
import { signInFields, signInWithPassword } from "@/lib/auth/sign-in-with-password";

/**
 * The home page's sign-in box. Empty fields get messages beside them; every other failure gets one
 * sentence (lib/sign-in/messages.ts). The username is kept, the password never is.
 */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await signInWithPassword(readForm(formData, signInFields));
  if (result.kind === "change-password" || result.kind === "second-factor") redirect(result.location);
  if (result.kind === "signed-in") redirect(safeRedirectPath(formData.get("next")));
  return { status: "error", fieldErrors: result.fieldErrors, formError: result.message, values: { username: result.username } };
}

/** "Login with Microsoft": Auth.js's Entra ID flow, or, where it is not configured, a plain explanation. */
export async function microsoftSignInAction(): Promise<void> {
  if (!getConfig().microsoftConfigured) redirect("/?notice=microsoft-unavailable");
  await signIn("microsoft-entra-id", { redirectTo: "/dashboard" });
}
