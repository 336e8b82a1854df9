import Link from "next/link";
import { statusLabels, type ApplicationStatus } from "@/lib/applications/status";
import { formatLongDate } from "@/lib/platform/dates";
import { AssignToMeForm } from "./one-button-forms";

type QueueRow = {
  formKey: string;
  reference: string;
  educatorName: string;
  typeName: string;
  submittedAt: Date | null;
  status: ApplicationStatus;
  assignee: string | null;
  assignedToMe: boolean;
  open: boolean;
};

/**
 * The queue, oldest first. A data table may scroll sideways at 320 px (WCAG 1.4.10 exempts
 * two-dimensional tables); the scroll region is focusable so a keyboard can scroll it too, and
 * positioned so the buttons' screen-reader text (absolutely placed) is clipped with the table instead
 * of widening the page.
 */
export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="w-full border-collapse bg-white text-left">
        <caption id="queue-caption" className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-3">Reference</th>
            <th scope="col" className="p-3">Educator</th>
            <th scope="col" className="p-3">Type</th>
            <th scope="col" className="p-3">Submitted</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="p-3">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.formKey} className="border-b border-slate-300 align-top">
              <th scope="row" className="p-3 font-normal whitespace-nowrap">
                <Link href={`/staff/applications/${row.reference}`} className="font-semibold">
                  {row.reference}
                </Link>
              </th>
              <td className="p-3">{row.educatorName}</td>
              <td className="p-3">{row.typeName}</td>
              <td className="p-3 whitespace-nowrap">{formatLongDate(row.submittedAt)}</td>
              <td className="p-3">{statusLabels[row.status]}</td>
              <td className="p-3">
                {row.assignee ?? <span className="text-slate-700">Unassigned</span>}
                {row.assignedToMe || !row.open ? null : (
                  <div className="mt-2">
                    <AssignToMeForm formKey={row.formKey} reference={row.reference} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
