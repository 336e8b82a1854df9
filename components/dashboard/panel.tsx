import type { ReactNode } from "react";

/** One dashboard panel: a white card headed by an h2 that names its region. */
export function Panel({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl font-bold text-brand-900">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
