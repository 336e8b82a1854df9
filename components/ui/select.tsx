import type { HTMLInputAutoCompleteAttribute, ReactNode } from "react";
import { classes, controlClass, controlErrorClass, controlAria, FieldShell } from "./field";

export type SelectOption = { value: string; label: string };

export type SelectProps = {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  /** A first, empty choice such as "Select a state". */
  placeholder?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  required?: boolean;
};

export function Select({ name, label, options, id = name, hint, error, defaultValue, placeholder, autoComplete, required }: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        autoComplete={autoComplete}
        {...controlAria(id, { hint, error, required })}
        className={classes(controlClass, "max-w-md", error && controlErrorClass)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
