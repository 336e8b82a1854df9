import { secondsOrMinutesText } from "@/lib/platform/security/retry-after";

/** The second step's and the Security section's words. No "server-only": forms import them. */
export const secondFactorMessages = {
  codeMissing: "Enter the 6-digit code from your authenticator app, or a recovery code",
  codeWrong: "That code is not right. Enter the code your authenticator app shows now, or a recovery code",
  codeReused: "That code was already used. Wait for your authenticator app to show a new code",
  locked: "This account is locked after too many wrong codes. Use the unlock link we emailed to the account's address.",
  expired: "Your sign-in has expired. Sign in again with your username and password.",
  passkeyRefused: "Your passkey was not accepted. Try it again, or enter a code instead.",
  enrolmentCodeWrong: "That code is not right. Enter the 6-digit code your authenticator app shows now",
} as const;

export function secondFactorThrottledMessage(retryAfterSeconds: number): string {
  return `Too many codes were tried from this network. Wait ${secondsOrMinutesText(retryAfterSeconds)}, then try again.`;
}
