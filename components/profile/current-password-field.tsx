import { PasswordField } from "@/components/ui/password-field";

/**
 * SES-7's "Current password", shown only when the last sign-in is older than 15 minutes (or the server
 * just asked for it). The server checks the rule itself; hiding the field is only for the person.
 * `id` is per form: several such forms share the profile page.
 */
export function CurrentPasswordField({ id, needed, error }: { id: string; needed: boolean; error?: string }) {
  if (!needed && !error) return null;
  return (
    <PasswordField
      id={id}
      name="currentPassword"
      label="Current password"
      hint="You signed in more than 15 minutes ago. For your security, enter your password again."
      autoComplete="current-password"
      required
      error={error}
    />
  );
}
