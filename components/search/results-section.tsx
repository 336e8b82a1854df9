import type { SearchResults } from "@/lib/search/dto";
import { formatCount } from "@/lib/search/format";
import { maxResults, type SearchValues } from "@/lib/search/search-input";
import { Pagination } from "./pagination";
import { ResultsTable } from "./results-table";

function countText(results: SearchResults): string {
  const first = (results.page - 1) * results.pageSize + 1;
  const last = first + results.rows.length - 1;
  if (results.total > maxResults) return `More than ${formatCount(maxResults)} educators match. Showing ${formatCount(first)}–${formatCount(last)}.`;
  const noun = results.total === 1 ? "educator matches" : "educators match";
  return `${formatCount(results.total)} ${noun}. Showing ${formatCount(first)}–${formatCount(last)}.`;
}

/** The results of a valid search: the count, the table and the pages, or a clear "no results". */
export function ResultsSection({ results, values }: { results: SearchResults; values: SearchValues }) {
  const lastPage = Math.ceil(Math.min(results.total, maxResults) / results.pageSize);
  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="mb-2 text-2xl font-bold text-brand-900">
        Results
      </h2>
      {results.total === 0 ? (
        <div className="max-w-prose space-y-2">
          <p className="font-semibold">No educators match your search.</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>Check the spelling, or type only the first letters of the first name.</li>
            <li>Try a former last name, or leave the credential status as &ldquo;Any status&rdquo;.</li>
            <li>Search by certificate number or educator ID if you have one.</li>
          </ul>
        </div>
      ) : results.rows.length === 0 ? (
        <p>There are no results on this page. <a href={`#last`}>Change your search</a> or go back to the first page.</p>
      ) : (
        <>
          <p className="mb-4">{countText(results)}</p>
          {results.total > maxResults ? (
            <p className="mb-4 max-w-prose">Add a first name or a credential status to narrow the list.</p>
          ) : null}
          <ResultsTable rows={results.rows} caption={`Educators matching your search, page ${results.page} of ${lastPage}`} />
          <Pagination values={values} page={results.page} lastPage={lastPage} />
        </>
      )}
    </section>
  );
}
