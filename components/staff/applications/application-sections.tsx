import { ApplicationChecklist } from "@/components/applications/application-details";
import { formatAgencyDateTime, formatLongDate } from "@/lib/platform/dates";
import type { StaffApplicationView } from "@/lib/staff/applications/application-view";
import { formatFee } from "@/lib/applications/status";
import { MarkReceivedForm } from "./one-button-forms";

const paymentLabels = { created: "Started, not paid", paid: "Paid", declined: "Declined", abandoned: "Abandoned", refunded: "Refunded" } as const;

/** The documents, each opened in the browser (the route shows PDFs and images inline, and audits the viewing). */
export function DocumentsSection({ view }: { view: StaffApplicationView }) {
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading" className="mb-3 text-xl font-bold">
        Documents
      </h2>
      {view.documents.length === 0 ? (
        <p>No documents were uploaded.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {view.documents.map((document) => (
            <li key={document.id} className="p-3 break-words">
              {/* A plain link in a new tab: the file is shown by the browser, not by the console's router. */}
              <a href={`/staff/applications/${view.reference}/documents/${document.id}`} target="_blank" rel="noopener">
                {document.fileName}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              <span className="block text-sm text-slate-700">
                {document.requirement === "information-requested" ? "Sent with an answer to a request for information" : "Uploaded with the application"}, {formatAgencyDateTime(document.createdAt)}, {Math.ceil(document.sizeBytes / 1024)} KB
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PaymentSection({ view }: { view: StaffApplicationView }) {
  return (
    <section aria-labelledby="payment-heading">
      <h2 id="payment-heading" className="mb-3 text-xl font-bold">
        Payment
      </h2>
      <p>
        Fee {formatFee(view.feeCents)}:{" "}
        {view.payment ? (
          <strong>
            {paymentLabels[view.payment.status]}
            {view.payment.paidAt ? ` on ${formatLongDate(view.payment.paidAt)}` : ""}
          </strong>
        ) : (
          <strong>{view.feeCents === 0 ? "No fee due" : "No payment recorded"}</strong>
        )}
      </p>
    </section>
  );
}

/** The checklist with "Mark received" under each item still waiting (while the application is open). */
export function StaffChecklist({ view }: { view: StaffApplicationView }) {
  return (
    <ApplicationChecklist
      checklist={view.checklist}
      action={(row) =>
        row.status === "waiting" && view.open ? (
          <div className="mt-2">
            <MarkReceivedForm formKey={view.formKey} elementId={row.id} element={row.element} />
          </div>
        ) : null
      }
    />
  );
}
