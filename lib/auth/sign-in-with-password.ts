import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "./index";
import { forcedChangePath, rememberForcedChange } from "@/lib/recovery/forced-change-cookie";
import { startForcedPasswordChange } from "@/lib/recovery/request-password-reset";
import { z } from "zod";
import { cookies } from "next/headers";
import { knownDeviceCookieName, knownDeviceCookieOptions, knownDeviceValueAfterSignIn } from "@/lib/sign-in/known-device";
import { fieldErrorsOf } from "@/lib/platform/forms/action-state";
import { ensureBrowserId } from "@/lib/platform/request/browser-id";
import { signInFailureMessage, signInFieldMessages } from "@/lib/sign-in/messages";
import { withSignInChannel } from "@/lib/sign-in/outcome-channel";
import { secondStepPath, startSecondStepFor } from "./second-step-ticket";

export type PasswordSignInResult =
  | { kind: "signed-in"; userId: string }
  | { kind: "change-password"; location: string }
  | { kind: "second-factor"; location: string }
  | { kind: "refused"; fieldErrors: Record<string, string>; message?: string; username: string };

export const signInFields = ["username", "password"] as const;

/** Both fields must be filled; the username is trimmed and cut at its longest length (64). */
const signInSchema = z.object({
  username: z.string().transform((value) => value.trim().slice(0, 64)).pipe(z.string().min(1, signInFieldMessages.username)),
  password: z.string().min(1, signInFieldMessages.password),
});

/**
 * The shared body of the sign-in actions (home page, Microsoft linking page): field checks, then
 * Auth.js's Credentials sign-in, whose detailed outcome comes back through the channel. On success
 * the session cookie is already set; the caller redirects (outside any try, so NEXT_REDIRECT flows).
 */
export async function signInWithPassword(values: { username: string; password: string }): Promise<PasswordSignInResult> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { kind: "refused", fieldErrors: fieldErrorsOf(parsed.error), username: values.username.trim().slice(0, 64) };
  const { username, password } = parsed.data;

  const browserId = await ensureBrowserId();
  const outcome = await withSignInChannel(browserId, async (channel) => {
    try {
      await signIn("credentials", { username, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
    return channel.outcome;
  });
  if (outcome?.ok) {
    // The password was right: from now on this browser is a known device of the account (RL-1, RL-11).
    const jar = await cookies();
    jar.set(knownDeviceCookieName(), knownDeviceValueAfterSignIn(outcome.userId, jar.get(knownDeviceCookieName())?.value), knownDeviceCookieOptions());
  }
  if (outcome?.ok && outcome.commonPassword) {
    // PWD-4: no session yet; the person chooses a new password through a fresh reset token first,
    // carried in a cookie (never the URL: history, logs, Referer).
    const token = await startForcedPasswordChange(outcome.userId);
    if (token) {
      await rememberForcedChange(token);
      return { kind: "change-password", location: forcedChangePath };
    }
  }
  // MFA-7: an account with a second factor got no session from authorize() (which checked, alongside
  // the success write); the second step comes next.
  if (outcome?.ok && outcome.secondStep && (await startSecondStepFor(outcome.userId))) return { kind: "second-factor", location: secondStepPath };
  if (outcome?.ok) return { kind: "signed-in", userId: outcome.userId };
  return { kind: "refused", fieldErrors: {}, message: signInFailureMessage(outcome?.ok ? undefined : outcome), username };
}
