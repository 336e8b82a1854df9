import type { ReactNode } from "react";
import { classes, controlClass, controlErrorClass, controlAria, FieldShell } from "./field";

export type TextAreaProps = {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
};

export function TextArea({ name, label, id = name, hint, error, defaultValue, rows = 5, maxLength, required }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        maxLength={maxLength}
        {...controlAria(id, { hint, error, required })}
        className={classes(controlClass, error && controlErrorClass)}
      />
    </FieldShell>
  );
}
