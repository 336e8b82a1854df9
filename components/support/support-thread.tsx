import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { ThreadMessage } from "@/lib/support/request-thread";

export type ThreadEntry = ThreadMessage & { authorLabel: string };

/**
 * A support request's conversation, oldest first: the first message, then every reply. Shared by the
 * console and the educator's "My requests" (which label the sides differently).
 */
export function SupportThread({ entries, label }: { entries: ThreadEntry[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className={`rounded border p-4 ${entry.author === "staff" ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white"}`}>
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{entry.authorLabel}</span>, {formatAgencyDateTime(entry.sentAt)}
          </p>
          <p className="mt-2 whitespace-pre-line break-words">{entry.body}</p>
        </li>
      ))}
    </ol>
  );
}
