/**
 * Fixed notices the home page shows for `?notice=` (or the guard's `?signin=required`). Only these
 * keys are recognised, so a crafted URL cannot put words on the page.
 */
const notices = {
  "signed-out": { tone: "info", text: "You have signed out." },
  "signin-required": { tone: "info", text: "Sign in to continue." },
  "timed-out": { tone: "info", text: "You were signed out because you were inactive for a while. Sign in again to continue." },
  "password-changed": { tone: "success", text: "Your password has been changed and every session was signed out. Sign in with your new password." },
  unlocked: { tone: "success", text: "Your account is unlocked. Sign in with your username and password." },
  "microsoft-unavailable": {
    tone: "info",
    text: "Sign-in with Microsoft is not set up on this portal yet. Sign in with your username and password instead.",
  },
  "microsoft-tenant": {
    tone: "info",
    text: "That Microsoft account belongs to an organisation that cannot sign in to this portal. Sign in with your username and password.",
  },
  "microsoft-failed": { tone: "info", text: "Sign-in with Microsoft did not complete. Try again, or sign in with your username and password." },
} as const;

export type Notice = { tone: "info" | "success"; text: string };

export function noticeFor(params: { notice?: string | string[]; signin?: string | string[]; error?: string | string[] }): Notice | null {
  const key = typeof params.notice === "string" ? params.notice : params.signin === "required" ? "signin-required" : undefined;
  if (key && key in notices) return notices[key as keyof typeof notices];
  // Auth.js sends its own failures to the sign-in page as ?error=…; the code is never shown (AJS-10).
  if (params.error) return notices["microsoft-failed"];
  return null;
}
