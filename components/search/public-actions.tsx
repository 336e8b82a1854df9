import type { PublicAction } from "@/lib/search/dto";
import { formatLongDate } from "@/lib/platform/dates";
import { actionLabels } from "@/lib/search/format";

function period(action: PublicAction): string | null {
  if (action.effectiveFrom && action.effectiveUntil) return `${formatLongDate(action.effectiveFrom)} to ${formatLongDate(action.effectiveUntil)}`;
  if (action.effectiveFrom) return `From ${formatLongDate(action.effectiveFrom)}`;
  return null;
}

/** Public disciplinary actions (16 KAR 1:030); only published actions are ever stored here. */
export function PublicActions({ actions }: { actions: PublicAction[] }) {
  return (
    <section aria-labelledby="public-actions" className="space-y-3">
      <h2 id="public-actions" tabIndex={-1} className="text-2xl font-bold text-brand-900">
        Public disciplinary actions
      </h2>
      {actions.length === 0 ? (
        <p>No public disciplinary actions are on record.</p>
      ) : (
        <ul className="space-y-3">
          {actions.map((action, index) => (
            <li key={index} className="break-inside-avoid border-l-4 border-red-800 bg-white p-4">
              <h3 className="font-semibold">
                {actionLabels[action.actionType]} on {formatLongDate(action.actionDate)}
              </h3>
              {period(action) ? <p>Effective: {period(action)}</p> : null}
              {action.certificateNumber ? <p>Certificate {action.certificateNumber}</p> : null}
              <p className="mt-1">{action.summary}</p>
              {action.orderUrl && /^https:\/\//.test(action.orderUrl) ? (
                <p className="mt-1">
                  <a href={action.orderUrl}>Read the order</a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
