"use client";

import { useState } from "react";
import { PasswordField } from "@/components/ui/password-field";
import { PasswordChecklist } from "./password-checklist";

type Props = {
  errors: Record<string, string>;
  passwordLabel?: string;
  confirmLabel?: string;
  required?: boolean;
  /** Element ids when the page has another form with password fields (the error summary links to them). */
  ids?: { password: string; confirmPassword: string };
};

/**
 * A new password twice with the live checklist between them (fields `password` and
 * `confirmPassword`): registration and the profile's password change use the same three parts.
 */
export function NewPasswordFields({ errors, passwordLabel = "Password", confirmLabel = "Confirm Password", required, ids }: Props) {
  const [passwords, setPasswords] = useState({ password: "", confirmPassword: "" });
  return (
    // The password inputs are uncontrolled (they are never refilled); listening here keeps the checklist live,
    // also when ActionForm empties them after an answer (it sends an input event).
    <div
      onInput={(event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === "password" || target.name === "confirmPassword") setPasswords((old) => ({ ...old, [target.name]: target.value }));
      }}
    >
      <PasswordField name="password" id={ids?.password} label={passwordLabel} required={required} autoComplete="new-password" error={errors.password} />
      <PasswordChecklist {...passwords} />
      <PasswordField name="confirmPassword" id={ids?.confirmPassword} label={confirmLabel} required={required} autoComplete="new-password" error={errors.confirmPassword} />
    </div>
  );
}
