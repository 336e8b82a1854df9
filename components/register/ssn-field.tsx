import { describedBy, FieldShell } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";

const hint = "9 digits, with or without dashes, for example 123-45-6789";

/**
 * The Social Security number, masked like a password with a show toggle (PII-7). Never refilled after
 * a failed submit and never autocompleted: the server does not send it back to the page.
 */
export function SsnField({ error }: { error?: string }) {
  const id = "ssn";
  return (
    <FieldShell id={id} label="Social Security Number" hint={hint} error={error} required>
      <PasswordInput
        id={id}
        name="ssn"
        autoComplete="off"
        what="Social Security number"
        inputMode="numeric"
        maxLength={11}
        required
        invalid={Boolean(error)}
        describedBy={describedBy(id, { hint, error })}
      />
    </FieldShell>
  );
}
