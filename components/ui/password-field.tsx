import type { ReactNode } from "react";
import { describedBy, FieldShell } from "./field";
import { PasswordInput } from "./password-input";

export type PasswordFieldProps = {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
  /** new-password lets password managers offer a generated one; current-password fills a saved one. */
  autoComplete: "new-password" | "current-password";
  required?: boolean;
};

/** A password field. It has no defaultValue on purpose: a password is never sent back to the page. */
export function PasswordField({ name, label, id = name, hint, error, autoComplete, required }: PasswordFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <PasswordInput
        id={id}
        name={name}
        autoComplete={autoComplete}
        describedBy={describedBy(id, { hint, error })}
        invalid={Boolean(error)}
        required={required}
      />
    </FieldShell>
  );
}
