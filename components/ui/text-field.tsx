import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute, ReactNode } from "react";
import { classes, controlClass, controlErrorClass, controlAria, FieldShell } from "./field";

export type TextFieldProps = {
  name: string;
  label: ReactNode;
  /** Defaults to the name, so error summary links (#name) land on the input. */
  id?: string;
  hint?: ReactNode;
  error?: string;
  /** The typed value to show again after a failed submit (never a password or SSN). */
  defaultValue?: string;
  type?: Extract<HTMLInputTypeAttribute, "text" | "email" | "tel" | "url" | "search">;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: "text" | "email" | "tel" | "numeric" | "decimal" | "url" | "search" | "none";
  required?: boolean;
  /** Read-only fields say why next to them (e.g. "Contact support to change your name"). */
  readOnly?: boolean;
  readOnlyNote?: ReactNode;
  maxLength?: number;
  spellCheck?: boolean;
  /** A narrower input for short values such as a date or the last four SSN digits. */
  width?: "full" | "medium" | "short";
  className?: string;
};

const widths = { full: "", medium: "max-w-xs", short: "max-w-40" } as const;

export function TextField({
  name,
  label,
  id = name,
  hint,
  error,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  required,
  readOnly,
  readOnlyNote,
  maxLength,
  spellCheck,
  width = "full",
  className,
}: TextFieldProps) {
  const note = readOnly ? readOnlyNote : undefined;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required} note={note} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        readOnly={readOnly}
        maxLength={maxLength}
        spellCheck={spellCheck}
        {...controlAria(id, { hint, error, note, required })}
        className={classes(controlClass, widths[width], error && controlErrorClass)}
      />
    </FieldShell>
  );
}
