import { searchHref, type SearchValues } from "@/lib/search/search-input";

/** Page numbers shown around the current one; the first and last are always reachable. */
function pageWindow(current: number, last: number): (number | "gap")[] {
  const pages = new Set([1, last, current - 1, current, current + 1].filter((page) => page >= 1 && page <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? ["gap" as const, page] : [page]));
}

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center px-3";

export function Pagination({ values, page, lastPage }: { values: SearchValues; page: number; lastPage: number }) {
  if (lastPage <= 1) return null;
  return (
    <nav aria-label="Results pages" className="mt-6 print:hidden">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <li>
            <a href={searchHref(values, page - 1)} className={linkClass} rel="prev">
              Previous<span className="sr-only"> page</span>
            </a>
          </li>
        ) : null}
        {pageWindow(page, lastPage).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2">
              …
            </li>
          ) : (
            <li key={entry}>
              <a
                href={searchHref(values, entry)}
                aria-current={entry === page ? "page" : undefined}
                className={`${linkClass} ${entry === page ? "bg-brand-700 font-bold text-white no-underline" : ""}`}
              >
                <span className="sr-only">Page </span>
                {entry}
              </a>
            </li>
          ),
        )}
        {page < lastPage ? (
          <li>
            <a href={searchHref(values, page + 1)} className={linkClass} rel="next">
              Next<span className="sr-only"> page</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
