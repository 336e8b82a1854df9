"use client";

import { useState } from "react";
import { PasswordField } from "@/components/ui/password-field";
import { TextField } from "@/components/ui/text-field";
import { PasswordChecklist } from "./password-checklist";

type Props = { values: Record<string, string>; errors: Record<string, string> };

/** Username, Email, Password and Confirm Password: the same four fields on the claim and create forms. */
export function AccountFields({ values, errors }: Props) {
  const [passwords, setPasswords] = useState({ password: "", confirmPassword: "" });
  // Each answer from the server comes with a new `values` object, and React has emptied the password
  // inputs by then (they are never refilled): the checklist starts again with them.
  const [answer, setAnswer] = useState(values);
  if (answer !== values) {
    setAnswer(values);
    setPasswords({ password: "", confirmPassword: "" });
  }
  return (
    // The password inputs are uncontrolled (they are never refilled); listening here keeps the checklist live.
    <div
      onInput={(event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === "password" || target.name === "confirmPassword") setPasswords((old) => ({ ...old, [target.name]: target.value }));
      }}
    >
      <TextField name="username" label="Username" required autoComplete="username" spellCheck={false} maxLength={64}
        hint="3 to 64 letters, numbers, full stops, underscores or hyphens" defaultValue={values.username} error={errors.username} />
      <TextField name="email" label="Email" type="email" required autoComplete="email" spellCheck={false} maxLength={254}
        hint="KDE recommends you use a personal email for your account as school emails can often change." defaultValue={values.email} error={errors.email} />
      <PasswordField name="password" label="Password" required autoComplete="new-password" error={errors.password} />
      <PasswordChecklist {...passwords} />
      <PasswordField name="confirmPassword" label="Confirm Password" required autoComplete="new-password" error={errors.confirmPassword} />
    </div>
  );
}
