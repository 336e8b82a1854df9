import { secondsOrMinutesText } from "@/lib/platform/security/retry-after";
import type { SignInOutcome } from "./attempt-sign-in";

/** The sign-in box's messages beside empty fields. */
export const signInFieldMessages = { username: "Enter your username", password: "Enter your password" } as const;

/** The one message for a wrong username or password (AJS-10): it never says which. */
export const incorrectMessage = "The username or password you entered is not correct.";

/**
 * What the sign-in box says for each refusal. Unknown usernames reach the same outcomes as real ones,
 * so these sentences reveal nothing about which usernames exist.
 */
export function signInFailureMessage(outcome: Exclude<SignInOutcome, { ok: true }> | undefined): string {
  switch (outcome?.reason) {
    case "throttled":
      return `Too many sign-in attempts. Wait ${secondsOrMinutesText(outcome.retryAfterSeconds)}, then try again.`;
    case "locked":
      return `Too many failed sign-ins for this username. You can try again in ${secondsOrMinutesText(outcome.retryAfterSeconds)}, or reset your password now with "Forgot Password?".`;
    case "unlock-required":
      return 'This account is locked after too many failed sign-ins. Use the unlock link we emailed to the account\'s address, or reset your password with "Forgot Password?".';
    case "disabled":
      return "This account has been disabled. Contact us to find out why and to have it turned back on.";
    case "busy":
      return "The sign-in service is busy right now. Try again in a moment.";
    default:
      return incorrectMessage;
  }
}
