import type { ReactNode } from "react";
import { classes, FieldError } from "./field";

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode };

export type RadioGroupProps = {
  name: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  /** Yes/no questions sit side by side, as GOV.UK's inline radios. */
  inline?: boolean;
  /** The legend as the page's heading when the question is the whole page. */
  legendClassName?: string;
};

/**
 * GOV.UK radios: a fieldset whose legend is the question, hint and error under it, one 44px target a
 * choice. The first input's id is the name, so the error summary's link (#name) lands on it.
 */
export function RadioGroup({ name, legend, options, hint, error, defaultValue, inline, legendClassName }: RadioGroupProps) {
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={classes("mb-6", error && "border-l-4 border-red-700 pl-4")} aria-describedby={describedBy}>
      <legend className={legendClassName ?? "mb-1 font-semibold"}>{legend}</legend>
      {hint ? (
        <div id={`${name}-hint`} className="mb-1 text-slate-600">
          {hint}
        </div>
      ) : null}
      <FieldError id={name} error={error} />
      <div className={inline ? "flex flex-wrap gap-6" : "space-y-2"}>
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={id}
                name={name}
                type="radio"
                value={option.value}
                defaultChecked={defaultValue === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                className="mt-0.5 size-8 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={id} className="block py-1">
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-hint`} className="text-slate-600">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
