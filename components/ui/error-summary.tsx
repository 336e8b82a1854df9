import { useId } from "react";
import { FocusOnMount } from "./focus-on-mount";

export type ErrorSummaryProps = {
  /** One message per field, in the order of the form; each links to the field with that id. */
  fieldErrors?: Record<string, string>;
  /** A message about the whole form (no link). */
  formError?: string;
  /** Where a field's link goes when its control's id is not the field name (e.g. { altcha: "captcha" }). */
  fieldIds?: Record<string, string>;
  title?: string;
};

/**
 * The GOV.UK error summary at the top of a form: announced (role=alert), focused on render, and
 * listing each problem as a link to its field. Renders nothing when there is no problem. Its heading's
 * id is its own (useId): a page with two forms can show two summaries without a duplicate id.
 */
export function ErrorSummary({ fieldErrors = {}, formError, fieldIds = {}, title = "There is a problem" }: ErrorSummaryProps) {
  const titleId = `error-summary-title${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const entries = Object.entries(fieldErrors).filter(([, message]) => message);
  if (entries.length === 0 && !formError) return null;
  return (
    <FocusOnMount
      role="alert"
      aria-labelledby={titleId}
      focusKey={JSON.stringify([formError, entries])}
      className="mb-8 border-4 border-red-700 bg-white p-4"
    >
      <h2 id={titleId} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {formError ? <p className="mb-2">{formError}</p> : null}
      {entries.length > 0 ? (
        <ul className="list-none space-y-2">
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${fieldIds[field] ?? field}`} className="font-semibold text-red-700 hover:text-red-900">
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </FocusOnMount>
  );
}
