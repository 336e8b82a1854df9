"use client";

import { useSearchParams } from "next/navigation";
import { FocusOnMount } from "@/components/ui/focus-on-mount";

const notices: Record<string, string> = {
  "password-changed": "Your password has been changed. You have been signed out everywhere else; this device stays signed in. We have sent you an email about the change.",
  "signed-out-others": "You have signed out of all other sessions. This device stays signed in.",
  "two-step-off": "Your authenticator app was removed. We have sent you an email about the change.",
  "passkey-removed": "The passkey was removed. We have sent you an email about the change.",
  renamed: "The name was changed. We have sent you an email about the change.",
  "two-step-required": "This portal requires two-step sign-in. Set up an authenticator app below to continue.",
};

/**
 * The confirmation after a security change. The actions redirect here (see security-actions.ts), so
 * the message comes from the address; it takes focus so it is read out and scrolled into view.
 */
export function SecurityNotice() {
  const message = notices[useSearchParams().get("security") ?? ""];
  if (!message) return null;
  return (
    <FocusOnMount className="mb-4 border-l-4 border-green-800 bg-white p-3">
      <p role="status">{message}</p>
    </FocusOnMount>
  );
}
