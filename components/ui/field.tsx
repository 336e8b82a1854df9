import type { ReactNode } from "react";

/**
 * The GOV.UK field pattern shared by every control: label, hint, error message (with a visually
 * hidden "Error:" so screen readers announce it as one), and a red bar beside a field in error.
 * The control itself is passed as a child and points at the hint and error with aria-describedby.
 */
export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/** Ids of the hint, error and note of field `id`, in reading order, for aria-describedby. */
export function describedBy(id: string, parts: { hint?: ReactNode; error?: string; note?: ReactNode }): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : "", parts.error ? `${id}-error` : "", parts.note ? `${id}-note` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The ARIA a control needs: required, invalid when in error, and described by its hint, error and note. */
export function controlAria(id: string, parts: { hint?: ReactNode; error?: string; note?: ReactNode; required?: boolean }) {
  return {
    "aria-required": parts.required || undefined,
    "aria-invalid": parts.error ? true : undefined,
    "aria-describedby": describedBy(id, parts),
  } as const;
}

/** Large enough to hit (WCAG 2.5.5: 44px), a thick border, and the shared focus outline. */
export const controlClass =
  "block min-h-11 w-full rounded-none border-2 border-slate-700 bg-white px-3 py-2 text-base text-slate-900 " +
  "focus-visible:border-slate-900 focus-visible:ring-2 focus-visible:ring-slate-900 read-only:bg-slate-100";

export const controlErrorClass = "border-red-700";

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-hint`} className="mb-1 text-slate-600">
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mb-1 font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
}

export type FieldShellProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shows an asterisk after the label as the KECS forms do; the control carries aria-required. */
  required?: boolean;
  children: ReactNode;
  /** Shown under the control, e.g. why a read-only field cannot be changed here. */
  note?: ReactNode;
  className?: string;
};

export function FieldShell({ id, label, hint, error, required, children, note, className }: FieldShellProps) {
  return (
    <div className={classes("mb-6", error && "border-l-4 border-red-700 pl-4", className)}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} error={error} />
      {children}
      {note ? (
        <p id={`${id}-note`} className="mt-1 text-sm text-slate-600">
          {note}
        </p>
      ) : null}
    </div>
  );
}
