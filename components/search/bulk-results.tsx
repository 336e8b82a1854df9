import type { BulkVerification } from "@/lib/search/dto";
import { downloadPayload } from "@/lib/search/bulk-state";
import { formatLongDate } from "@/lib/platform/dates";
import { formatCount, fullName } from "@/lib/search/format";
import { StatusTag } from "./status-tag";

function Unmatched({ id, title, rows, note }: { id: string; title: string; rows: BulkVerification[]; note: string }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-xl font-semibold">
        {title} ({formatCount(rows.length)})
      </h3>
      <p>{note}</p>
      <ul className="list-disc pl-6">
        {rows.map((result) => (
          <li key={result.row}>
            Row {result.row}: {result.input ? <span className="font-mono">{result.input}</span> : <em>value not shown</em>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The outcome of an upload: a summary, the CSV download, the matches and every unmatched row. */
export function BulkResults({ fileName, results }: { fileName: string; results: BulkVerification[] }) {
  const found = results.filter((result) => result.outcome === "found");
  const notFound = results.filter((result) => result.outcome === "not-found");
  const invalid = results.filter((result) => result.outcome === "invalid");
  return (
    <section aria-labelledby="bulk-results-heading" className="mt-10 space-y-6">
      <h2 id="bulk-results-heading" tabIndex={-1} className="text-2xl font-bold text-brand-900">
        Verification results
      </h2>
      <p role="status">
        Checked {formatCount(results.length)} rows from {fileName}: {formatCount(found.length)} found, {formatCount(notFound.length)} not
        found, {formatCount(invalid.length)} not a certificate number or educator ID.
      </p>
      <form method="post" action="/search/bulk/download">
        <input type="hidden" name="entries" value={downloadPayload(results)} />
        <button type="submit" className="min-h-11 border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          Download results (CSV)
        </button>
      </form>
      {found.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="mb-2 text-left text-xl font-semibold">Found ({formatCount(found.length)})</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="p-3">Row</th>
                <th scope="col" className="p-3">Uploaded value</th>
                <th scope="col" className="p-3">Educator</th>
                <th scope="col" className="p-3">Credentials</th>
              </tr>
            </thead>
            <tbody>
              {found.map((result) => (
                <tr key={result.row} className="border-b border-slate-300 align-top">
                  <td className="p-3">{result.row}</td>
                  <td className="p-3 font-mono">{result.input}</td>
                  <th scope="row" className="p-3 font-normal">
                    <a href={`/search/${result.publicId}`} className="font-semibold">
                      {fullName(result.name!)}
                    </a>
                    <div className="text-sm">Educator ID {result.publicId}</div>
                    {result.hasPublicAction ? <div className="text-sm font-semibold">Public disciplinary action on record</div> : null}
                  </th>
                  <td className="p-3">
                    <ul className="space-y-2">
                      {result.credentials.map((credential) => (
                        <li key={credential.certificateNumber}>
                          <StatusTag status={credential.status} /> {credential.typeName}
                          {credential.area ? ` — ${credential.area}` : ""}
                          <div className="text-sm text-slate-700">
                            Certificate {credential.certificateNumber}
                            {credential.expirationDate ? `, expires ${formatLongDate(credential.expirationDate)}` : ""}
                          </div>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Unmatched id="not-found-heading" title="Not found" rows={notFound} note="No certificate or educator has these numbers. Check them against your records." />
      <Unmatched
        id="invalid-heading"
        title="Not a certificate number or educator ID"
        rows={invalid}
        note="These rows were not checked. A Social Security number is never shown or checked here."
      />
    </section>
  );
}
