import type { ReactNode } from "react";
import { classes, describedBy, FieldError } from "./field";

export type CheckboxProps = {
  name: string;
  label: ReactNode;
  id?: string;
  /** Sent when checked; an unchecked box sends nothing. */
  value?: string;
  defaultChecked?: boolean;
  hint?: ReactNode;
  error?: string;
};

/** A single GOV.UK-style checkbox: a 44px target with the label beside it, error above. */
export function Checkbox({ name, label, id = name, value = "yes", defaultChecked, hint, error }: CheckboxProps) {
  return (
    <div className={classes("mb-6", error && "border-l-4 border-red-700 pl-4")}>
      <FieldError id={id} error={error} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
          className="mt-0.5 size-8 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor={id} className="block py-1 font-semibold">
            {label}
          </label>
          {hint ? (
            <div id={`${id}-hint`} className="text-slate-600">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
