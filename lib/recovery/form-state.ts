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
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many requests. Wait ${minutes} minute${minutes === 1 ? "" : "s"}, then try again.`;
}
