"use client";
import { useEffect, useRef, type InputHTMLAttributes } from "react";

/**
 * Small form atoms for the sign-in and recovery forms: a GOV.UK error summary (role=alert, focused
 * when it appears, each problem a link to its field) and a labelled field whose error sits under
 * the label and is tied to the input with aria-describedby.
 */
export type Problem = { field: string; message: string };

export function ErrorSummary({ problems, title = "There is a problem" }: { problems: Problem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((problem) => problem.message).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-accent-500 bg-white p-4 focus:outline-none focus-visible:outline-[3px]">
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 space-y-1">
        {problems.map((problem) => (
          <li key={problem.field + problem.message}>
            <a href={`#${problem.field}`} className="font-semibold text-accent-500 hover:text-accent-500">
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string; extra?: React.ReactNode };

export function Field({ id, label, error, extra, ...input }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {extra}
      </div>
      {error ? (
        <p id={errorId} className="font-semibold text-accent-500">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`block w-full rounded border-2 px-3 py-2 text-base ${error ? "border-accent-500" : "border-slate-600"}`}
        {...input}
      />
    </div>
  );
}
