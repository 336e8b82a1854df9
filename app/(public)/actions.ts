"use server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { getConfig } from "@/lib/platform/config/env";
import type { SignInFormState } from "@/lib/sign-in/form-state";
import { safeRedirectPath } from "@/lib/sign-in/safe-redirect";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

/**
 * The home page's sign-in box. Empty fields get messages beside them; every other failure gets one
 * sentence (lib/sign-in/messages.ts). The username is kept, the password never is.
 */
export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const result = await signInWithPassword(formData);
  if (result.kind === "change-password") redirect(result.location);
  if (result.kind === "signed-in") redirect(safeRedirectPath(formData.get("next")));
  return result.state;
}

/** "Login with Microsoft": Auth.js's Entra ID flow, or, where it is not configured, a plain explanation. */
export async function microsoftSignInAction(): Promise<void> {
  if (!getConfig().microsoftConfigured) redirect("/?notice=microsoft-unavailable");
  await signIn("microsoft-entra-id", { redirectTo: "/dashboard" });
}
