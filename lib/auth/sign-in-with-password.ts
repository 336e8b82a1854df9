import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "./index";
import { startForcedPasswordChange } from "@/lib/recovery/request-password-reset";
import { ensureBrowserId } from "@/lib/platform/request/browser-id";
import type { SignInFormState } from "@/lib/sign-in/form-state";
import { signInFailureMessage } from "@/lib/sign-in/messages";
import { withSignInChannel } from "@/lib/sign-in/outcome-channel";

export type PasswordSignInResult =
  | { kind: "signed-in"; userId: string }
  | { kind: "change-password"; location: string }
  | { kind: "refused"; state: SignInFormState };

/**
 * The shared body of the sign-in actions (home page, Microsoft linking page): field checks, then
 * Auth.js's Credentials sign-in, whose detailed outcome comes back through the channel. On success
 * the session cookie is already set; the caller redirects (outside any try, so NEXT_REDIRECT flows).
 */
export async function signInWithPassword(formData: FormData): Promise<PasswordSignInResult> {
  const username = String(formData.get("username") ?? "").trim().slice(0, 64);
  const password = String(formData.get("password") ?? "");
  const fieldErrors: SignInFormState["fieldErrors"] = {};
  if (!username) fieldErrors.username = "Enter your username";
  if (!password) fieldErrors.password = "Enter your password";
  if (fieldErrors.username || fieldErrors.password) return { kind: "refused", state: { status: "error", fieldErrors, username } };

  const browserId = await ensureBrowserId();
  const outcome = await withSignInChannel(browserId, async (channel) => {
    try {
      await signIn("credentials", { username, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
    return channel.outcome;
  });
  if (outcome?.ok && outcome.commonPassword) {
    // PWD-4: no session yet; the person chooses a new password through a fresh reset token first.
    const token = await startForcedPasswordChange(outcome.userId);
    if (token) return { kind: "change-password", location: `/reset-password?reason=common&token=${encodeURIComponent(token)}` };
  }
  if (outcome?.ok) return { kind: "signed-in", userId: outcome.userId };
  return { kind: "refused", state: { status: "error", message: signInFailureMessage(outcome?.ok ? undefined : outcome), username } };
}
