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

/**
 * The log, newest first: who (the staff member, for console actions), on whom, what, the outcome,
 * when and from where. The table scrolls sideways on a narrow screen, by keyboard too (a focusable region).
 */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p role="status">No events match these filters.</p>;
  return (
    <div role="region" aria-label="Audit events" tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {["When", "Who", "On whom", "Event", "Outcome", "IP address", "Details"].map((heading) => (
              <th key={heading} scope="col" className="p-2">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top">
              <td className="p-2 whitespace-nowrap">{formatAgencyDateTime(row.occurredAt)}</td>
              <td className="p-2">{row.staffName ?? (row.event.startsWith("staff.") ? "Former staff member" : "The educator or the system")}</td>
              <td className="p-2">
                {row.publicId ? <div>Educator {row.publicId}</div> : null}
                {row.username ? <div>Account {row.username}</div> : null}
              </td>
              <td className="p-2">
                {auditEventLabel(row.event) ?? row.event}
                <div className="font-mono text-xs text-slate-700">{row.event}</div>
              </td>
              <td className="p-2">{row.outcome}</td>
              <td className="p-2 font-mono text-sm">{row.ip ?? ""}</td>
              <td className="p-2">
                <Details details={row.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
