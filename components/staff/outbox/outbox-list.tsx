import { retryOutboxMessageAction } from "@/app/staff/(console)/outbox/actions";
import { OneButtonForm } from "@/components/staff/one-button-form";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { OutboxLine } from "@/lib/staff/outbox/outbox-view";

const statusLabels = { pending: "Waiting to be sent", sending: "Being sent", failed: "Failed" } as const;

/** Outbox messages as cards: recipient, template, subject, attempts, dates and the last error; never the body. */
export function OutboxList({ lines, label }: { lines: OutboxLine[]; label: string }) {
  if (lines.length === 0) return <p role="status">There are no {label.toLowerCase()}.</p>;
  return (
    <ul aria-label={label} className="space-y-3">
      {lines.map((line) => (
        <li key={line.id} className="rounded border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold break-words">{line.subject}</h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>To</dt>
            <dd className="break-all">{line.to}</dd>
            <dt>Template</dt>
            <dd className="break-words">{line.template}</dd>
            <dt>Status</dt>
            <dd className="font-semibold">{statusLabels[line.status]}</dd>
            <dt>Attempts</dt>
            <dd>{line.attempts}</dd>
            <dt>Queued</dt>
            <dd>{formatAgencyDateTime(line.createdAt)}</dd>
            {line.status !== "failed" ? (
              <>
                <dt>Next attempt</dt>
                <dd>{formatAgencyDateTime(line.nextAttemptAt)}</dd>
              </>
            ) : null}
            {line.lastError ? (
              <>
                <dt>Reason</dt>
                <dd className="break-words">{line.lastError}</dd>
              </>
            ) : null}
          </dl>
          {line.status === "failed" ? (
            <div className="mt-3">
              <OneButtonForm action={retryOutboxMessageAction} fields={{ messageId: line.id }} label="Retry" pendingLabel="Retrying…" done="Queued again: it will be sent within seconds." />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
