import type { ReactNode } from "react";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { AuditRow } from "@/lib/staff/audit-log/audit-events";
import { auditEventLabel } from "@/lib/staff/audit-log/event-labels";

/** An event's allow-listed details as text; React escapes it, so nothing in a detail can become markup. */
function Details({ details }: { details: AuditRow["details"] }) {
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return null;
  return (
    <ul className="text-sm">
      {entries.map(([key, value]) => (
        <li key={key}>
          <span className="font-semibold">{key}</span>: {String(value)}
        </li>
      ))}
    </ul>
  );
}

const headings = ["When", "Who", "On whom", "Event", "Outcome", "IP address", "Details"] as const;

/** A cell that, below the md breakpoint where rows stack as cards, names its column itself. */
function Cell({ heading, children, className = "" }: { heading: (typeof headings)[number]; children: ReactNode; className?: string }) {
  return (
    <td className={`block px-2 py-1 md:table-cell md:py-2 ${className}`}>
      <span className="font-semibold md:hidden">
        {heading}:{" "}
      </span>
      {children}
    </td>
  );
}

/**
 * The log, newest first: who (the staff member, for console actions), on whom, what, the outcome,
 * when and from where. A table on wide screens; at 320 px each row stacks as a card, so nothing
 * scrolls sideways (WCAG 1.4.10).
 */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p role="status">No events match these filters.</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Audit events, newest first</caption>
      <thead className="sr-only md:not-sr-only md:table-header-group">
        <tr className="border-b-2 border-slate-700">
          {headings.map((heading) => (
            <th key={heading} scope="col" className="p-2">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="block border-b border-slate-300 py-2 align-top md:table-row md:py-0">
            <Cell heading="When" className="md:whitespace-nowrap">{formatAgencyDateTime(row.occurredAt)}</Cell>
            <Cell heading="Who">{row.staffName ?? (row.event.startsWith("staff.") ? "Former staff member" : "The educator or the system")}</Cell>
            <Cell heading="On whom">
              {row.publicId ? <span className="md:block">Educator {row.educatorName ? `${row.educatorName} (${row.publicId})` : row.publicId} </span> : null}
              {row.username ? <span className="md:block">Account {row.username}</span> : null}
            </Cell>
            <Cell heading="Event">
              {auditEventLabel(row.event) ?? row.event}
              <span className="block font-mono text-xs text-slate-700">{row.event}</span>
            </Cell>
            <Cell heading="Outcome">{row.outcome}</Cell>
            <Cell heading="IP address" className="font-mono text-sm">{row.ip ?? "none"}</Cell>
            <Cell heading="Details">
              <Details details={row.details} />
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
