"use client";

import { useState } from "react";
import { classes, controlClass, controlErrorClass, describedBy, FieldShell } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";

const hint = "9 digits, with or without dashes, for example 123-45-6789";

/**
 * The Social Security number, masked like a password with a show toggle (PII-7). Never refilled after
 * a failed submit and never autocompleted: the server does not send it back to the page.
 */
export function SsnField({ error }: { error?: string }) {
  const [visible, setVisible] = useState(false);
  const hydrated = useHydrated();
  const id = "ssn";
  return (
    <FieldShell id={id} label="Social Security Number" hint={hint} error={error} required>
      <div className="flex max-w-xs gap-2">
        <input
          id={id}
          name="ssn"
          type={visible ? "text" : "password"}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          spellCheck={false}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
          className={classes(controlClass, error && controlErrorClass)}
        />
        {hydrated ? (
          <button
            type="button"
            aria-controls={id}
            onClick={() => setVisible((shown) => !shown)}
            className="min-h-11 min-w-20 shrink-0 border-2 border-slate-700 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-100"
          >
            {visible ? "Hide" : "Show"}
            <span className="sr-only"> Social Security number</span>
          </button>
        ) : null}
      </div>
    </FieldShell>
  );
}
