import type { ReactNode } from "react";
import { formatAgencyDateTime, formatLongDate } from "@/lib/platform/dates";
import { ownerLabels, type ApplicationElementOwner } from "@/lib/applications/status";

type ChecklistRow = { element: string; owner: ApplicationElementOwner; status: "waiting" | "received" | "not_needed"; receivedAt: Date | null };
type TimelineRow = { occurredAt: Date; description: string; actor: string; body: string | null };

const elementStatus = { waiting: "Waiting", received: "Received", not_needed: "Not needed" } as const;

/**
 * What the agency needs, who sends it, and whether it has arrived (cards, so 320 px never scrolls
 * sideways). The staff console adds a control under an item's status ("Mark received") with `action`.
 */
export function ApplicationChecklist<Row extends ChecklistRow>({ checklist, action }: { checklist: Row[]; action?: (row: Row) => ReactNode }) {
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="mb-3 text-xl font-bold">
        Checklist
      </h2>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {checklist.map((row, index) => (
          <li key={index} className="grid gap-1 p-3 sm:grid-cols-4 sm:items-start">
            <span className="font-semibold sm:col-span-2">{row.element}</span>
            <span>
              <span className="sr-only">From: </span>
              {ownerLabels[row.owner]}
            </span>
            <div>
              <strong className={row.status === "received" ? "text-green-800" : row.status === "waiting" ? "text-amber-900" : "text-slate-700"}>{elementStatus[row.status]}</strong>
              {row.receivedAt ? ` ${formatLongDate(row.receivedAt)}` : ""}
              {action?.(row)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ApplicationTimeline({ timeline }: { timeline: TimelineRow[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-3 text-xl font-bold">
        Timeline
      </h2>
      <ol className="space-y-3 border-l-4 border-slate-300 pl-4">
        {timeline.map((event, index) => (
          <li key={index}>
            <p className="text-slate-700">{formatAgencyDateTime(event.occurredAt)}</p>
            <p className="font-semibold">{event.description}</p>
            {event.body ? <p className="whitespace-pre-wrap break-words">{event.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
