import Link from "next/link";
import { formatRecordDate } from "@/lib/platform/dates";
import { nameChangeStatusLabels, type NameChangeLine } from "@/lib/staff/requests/name-changes";

/** Name change requests as cards (a table of five columns does not fit 320 px): open ones first. */
export function NameChangeList({ lines }: { lines: NameChangeLine[] }) {
  if (lines.length === 0) return <p role="status">There are no name change requests.</p>;
  return (
    <ul aria-label="Name change requests, open first" className="space-y-3">
      {lines.map((line) => (
        <li key={line.id} className="rounded border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold">
            <Link href={`/staff/requests/name-changes/${line.id}`}>
              {line.currentName} to {line.requestedName}
            </Link>
          </h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>Educator ID</dt>
            <dd>{line.publicId}</dd>
            <dt>Requested</dt>
            <dd>{formatRecordDate(line.requestedAt)}</dd>
            <dt>Status</dt>
            <dd className="font-semibold">{nameChangeStatusLabels[line.status]}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
