"use client";

import { useEffect, useRef, useState } from "react";
import { classes, controlClass, controlErrorClass } from "./field";
import { useHydrated } from "./use-hydrated";

export type PasswordInputProps = {
  id: string;
  name: string;
  /** "off" for secrets that are not passwords (an SSN): no password manager should offer to save them. */
  autoComplete: "new-password" | "current-password" | "off";
  /** What is hidden, as the toggle and its announcements say it. */
  what?: string;
  inputMode?: "numeric";
  maxLength?: number;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
};

/**
 * A masked input and its show/hide button: passwords (PWD-1: type=password with a show toggle; paste
 * and password managers allowed) and the SSN (PII-7). The button only appears once JavaScript runs.
 */
export function PasswordInput({ id, name, autoComplete, describedBy, invalid, required, what = "password", inputMode, maxLength }: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  const hydrated = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  // React resets the form after an action; the emptied field goes back to hidden with it.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setVisible(false);
    form.addEventListener("reset", hide);
    return () => form.removeEventListener("reset", hide);
  }, []);
  return (
    <div className="flex max-w-md gap-2">
      <input
        ref={input}
        id={id}
        name={name}
        type={visible ? "text" : "password"}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        autoCapitalize="none"
        spellCheck={false}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={classes(controlClass, invalid && controlErrorClass)}
      />
      {hydrated ? (
        <button
          type="button"
          aria-controls={id}
          onClick={() => setVisible((shown) => !shown)}
          className="min-h-11 min-w-20 shrink-0 border-2 border-slate-700 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {visible ? "Hide" : "Show"}
          <span className="sr-only"> {what}</span>
        </button>
      ) : null}
      <span className="sr-only" aria-live="polite">
        {hydrated ? `Your ${what} is ${visible ? "visible" : "hidden"}` : ""}
      </span>
    </div>
  );
}
