"use client";

import { TextField } from "@/components/ui/text-field";
import { NewPasswordFields } from "./new-password-fields";

type Props = { values: Record<string, string>; errors: Record<string, string> };

/** Username, Email, Password and Confirm Password: the same four fields on the claim and create forms. */
export function AccountFields({ values, errors }: Props) {
  return (
    <>
      <TextField name="username" label="Username" required autoComplete="username" spellCheck={false} maxLength={64}
        hint="3 to 64 letters, numbers, full stops, underscores or hyphens" defaultValue={values.username} error={errors.username} />
      <TextField name="email" label="Email" type="email" required autoComplete="email" spellCheck={false} maxLength={254}
        hint="KDE recommends you use a personal email for your account as school emails can often change." defaultValue={values.email} error={errors.email} />
      <NewPasswordFields errors={errors} required />
    </>
  );
}
