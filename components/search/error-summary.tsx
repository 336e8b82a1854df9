/**
 * GOV.UK error summary: at the top of the form, announced (role=alert) and focused on arrival, each
 * problem a link to its field. Field ids equal the field names, so `#last` lands on the input.
 */
export function ErrorSummary(props: { errors: Partial<Record<string, string>>; order: string[]; targets?: Record<string, string> }) {
  const { errors, order, targets = {} } = props;
  const entries = order.filter((field) => errors[field]).map((field) => [field, errors[field]!] as const);
  if (entries.length === 0) return null;
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      autoFocus
      className="mb-6 border-4 border-red-700 bg-white p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-400"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-slate-900">
        There is a problem
      </h2>
      <ul className="mt-2 list-none space-y-1 p-0">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${targets[field] ?? field}`} className="font-semibold text-red-700 hover:text-red-900">
              {message}
            </a>
          </li>
        ))}
      </ul>
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

export const controlClass =
  "block min-h-11 w-full rounded-none border-2 border-slate-700 bg-white px-3 py-2 text-base text-slate-900 " +
  "focus-visible:border-slate-900 focus-visible:ring-2 focus-visible:ring-slate-900";

export function describedBy(id: string, hint: boolean, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
