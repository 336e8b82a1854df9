import { minutesText } from "@/lib/platform/security/retry-after";

/** Texts more than one flow shows, so sibling use cases share them from here instead of from each other. */

/** A limiter's answer inside a form, rounded up to whole minutes. */
export function tooManyRequests(retryAfterSeconds: number): string {
  return `Too many requests. Wait ${minutesText(retryAfterSeconds)}, then try again.`;
}

/** An email address field, wherever a form asks for one (account, recovery, support). */
export const emailMessages = {
  missing: "Enter your email address",
  tooLong: "Your email address must be 254 characters or fewer",
  format: "Enter an email address in the correct format, like name@example.com",
} as const;
