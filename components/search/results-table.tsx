import type { SearchResultRow } from "@/lib/search/dto";
import { formatLongDate } from "@/lib/platform/dates";
import { fullName } from "@/lib/search/format";
import { StatusTag } from "./status-tag";

/**
 * One row per educator: name (with shown former names), public educator ID, credentials, discipline flag.
 * Plain links, not next/link: a page of 25 people had 50 client components to render and serialise
 * and 25 educator pages to prefetch, each a dynamic page; a full load of the one chosen costs less.
 */
export function ResultsTable({ rows, caption }: { rows: SearchResultRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-3">Name</th>
            <th scope="col" className="p-3">Educator ID</th>
            <th scope="col" className="p-3">Credentials</th>
            <th scope="col" className="p-3">Public disciplinary action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.publicId} className="border-b border-slate-300 align-top">
              <th scope="row" className="p-3 font-normal">
                <a href={`/search/${row.publicId}`} className="font-semibold">
                  {fullName(row.name)}
                </a>
                {row.formerLastNames.length > 0 ? (
                  <div className="text-sm text-slate-700">formerly {row.formerLastNames.join(", ")}</div>
                ) : null}
              </th>
              <td className="p-3 font-mono">{row.publicId}</td>
              <td className="p-3">
                {row.credentials.length === 0 ? (
                  <span className="text-slate-700">No credentials on record</span>
                ) : (
                  <ul className="space-y-2">
                    {row.credentials.map((credential) => (
                      <li key={credential.certificateNumber}>
                        <StatusTag status={credential.status} /> {credential.typeName}
                        {credential.area ? ` — ${credential.area}` : ""}
                        <div className="text-sm text-slate-700">
                          Certificate {credential.certificateNumber}
                          {credential.expirationDate ? `, expires ${formatLongDate(credential.expirationDate)}` : ", does not expire"}
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="p-3">
                {row.hasPublicAction ? (
                  <a href={`/search/${row.publicId}#public-actions`}>
                    Yes<span className="sr-only">, see the actions for {fullName(row.name)}</span>
                  </a>
                ) : (
                  "No"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
