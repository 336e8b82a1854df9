"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { classes } from "./field";

export type SubmitButtonProps = {
  children: ReactNode;
  /** What the button says while the form is being sent, e.g. "Searching…". */
  pendingLabel?: ReactNode;
  variant?: "primary" | "secondary";
  /** Sends the form with this button's name and value (for forms with more than one action). */
  name?: string;
  value?: string;
  className?: string;
};

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-2 border-slate-700 bg-white text-slate-900 hover:bg-slate-100",
} as const;

/**
 * The form's submit button: while the action runs it says so and is disabled, so a second click
 * cannot send the form twice. The status is repeated in a polite live region for screen readers.
 */
export function SubmitButton({ children, pendingLabel = "Please wait…", variant = "primary", name, value, className }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="submit"
        name={name}
        value={value}
        disabled={pending}
        aria-disabled={pending || undefined}
        className={classes(
          "min-h-11 px-5 py-2 font-semibold disabled:cursor-wait disabled:opacity-75",
          variants[variant],
          className,
        )}
      >
        {pending ? pendingLabel : children}
      </button>
      <span className="sr-only" role="status">
        {pending ? pendingLabel : ""}
      </span>
    </>
  );
}
