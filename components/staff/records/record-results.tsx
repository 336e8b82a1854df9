import Link from "next/link";
import { formatRecordDate } from "@/lib/platform/dates";
import type { StaffSearchRow } from "@/lib/staff/records/record-search";

/** The records found: enough to tell people apart (date of birth, ***-**-1234, username), each linking to its record page. */
export function RecordResults({ rows, total }: { rows: StaffSearchRow[]; total: number }) {
  if (rows.length === 0) return <p role="status">No records match this search.</p>;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-3 text-2xl font-bold">
        {total > rows.length ? `${rows.length} of ${total.toLocaleString("en-US")} records (narrow the search to see others)` : `${rows.length} ${rows.length === 1 ? "record" : "records"}`}
      </h2>
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.publicId} className="border border-slate-300 p-4">
            <Link href={`/staff/records/${row.publicId}`} className="text-lg font-semibold">
              {[row.name.firstName, row.name.middleName, row.name.lastName, row.name.suffix].filter(Boolean).join(" ")}
            </Link>
            {row.formerLastNames.length > 0 ? <span className="text-slate-700"> (formerly {row.formerLastNames.join(", ")})</span> : null}
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
              <dt className="font-semibold">Educator ID</dt>
              <dd>{row.publicId}</dd>
              <dt className="font-semibold">Born</dt>
              <dd>{formatRecordDate(row.dateOfBirth)}</dd>
              <dt className="font-semibold">SSN</dt>
              <dd className="font-mono whitespace-nowrap">{row.maskedSsn}</dd>
              <dt className="font-semibold">Account</dt>
              <dd>{row.username ?? "None"}</dd>
              <dt className="font-semibold">Certificates</dt>
              <dd className="sm:col-span-3">{row.credentials.map((credential) => credential.certificateNumber).join(", ") || "None"}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
