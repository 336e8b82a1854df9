"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { getConfig } from "@/lib/config/env";
import { signInBrowserId } from "@/lib/sign-in/browser-id";
import { signInFailureMessage } from "@/lib/sign-in/messages";
import { withSignInChannel } from "@/lib/sign-in/outcome-channel";
import { safeRedirectPath } from "@/lib/sign-in/safe-redirect";
import { startForcedPasswordChange } from "@/lib/recovery/request-password-reset";
import type { SignInFormState } from "@/lib/sign-in/form-state";

/**
 * The home page's sign-in box. Empty fields get messages beside them; every other failure gets one
 * sentence (lib/sign-in/messages.ts). The username is kept, the password never is.
 */
export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const username = String(formData.get("username") ?? "").trim().slice(0, 64);
  const password = String(formData.get("password") ?? "");
  const fieldErrors: SignInFormState["fieldErrors"] = {};
  if (!username) fieldErrors.username = "Enter your username";
  if (!password) fieldErrors.password = "Enter your password";
  if (fieldErrors.username || fieldErrors.password) return { status: "error", fieldErrors, username };

  const browserId = await signInBrowserId();
  const outcome = await withSignInChannel(browserId, async (channel) => {
    try {
      await signIn("credentials", { username, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
    return channel.outcome;
  });
  if (outcome?.ok && outcome.commonPassword) {
    const token = await startForcedPasswordChange(outcome.userId);
    if (token) redirect(`/reset-password?reason=common&token=${encodeURIComponent(token)}`);
  }
  if (outcome?.ok) redirect(safeRedirectPath(formData.get("next")));
  return { status: "error", message: signInFailureMessage(outcome?.ok ? undefined : outcome), username };
}

/** "Login with Microsoft": Auth.js's Entra ID flow, or, where it is not configured, a plain explanation. */
export async function microsoftSignInAction(): Promise<void> {
  if (!getConfig().microsoftConfigured) redirect("/?notice=microsoft-unavailable");
  await signIn("microsoft-entra-id", { redirectTo: "/dashboard" });
}
