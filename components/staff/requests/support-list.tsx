import Link from "next/link";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { supportStatusLabels, type SupportLine } from "@/lib/staff/requests/support-inbox";

/** One status's support requests as cards, each linking to its thread. */
export function SupportList({ lines, statusLabel }: { lines: SupportLine[]; statusLabel: string }) {
  if (lines.length === 0) return <p role="status">There are no {statusLabel.toLowerCase()} support requests.</p>;
  return (
    <ul aria-label={`${statusLabel} support requests`} className="space-y-3">
      {lines.map((line) => (
        <li key={line.id} className="rounded border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold">
            <Link href={`/staff/requests/support/${line.id}`}>
              {line.reference}: {line.topic}
            </Link>
          </h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>From</dt>
            <dd className="break-words">
              {line.from} {line.hasAccount ? "(signed in)" : "(visitor, no account)"}
            </dd>
            <dt>Sent</dt>
            <dd>{formatAgencyDateTime(line.sentAt)}</dd>
            <dt>Status</dt>
            <dd className="font-semibold">{supportStatusLabels[line.status]}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
