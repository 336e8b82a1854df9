import { minutesText } from "@/lib/platform/security/retry-after";

/** State of the one-field recovery forms ("Forgot Username?", "Forgot Password?"). */
export type RecoveryFormState = {
  status: "idle" | "error" | "sent";
  /** What was typed, kept for the next render (an email or a username: never a password). */
  value?: string;
  fieldError?: string;
  message?: string;
};

export const initialRecoveryState: RecoveryFormState = { status: "idle" };

export function tooManyRequests(retryAfterSeconds: number): string {
  return `Too many requests. Wait ${minutesText(retryAfterSeconds)}, then try again.`;
}
