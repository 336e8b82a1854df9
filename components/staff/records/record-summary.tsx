import Link from "next/link";
import type { ReactNode } from "react";
import { statusLabels as applicationStatusLabels } from "@/lib/applications/status";
import { formatAgencyDateTime, formatRecordDate } from "@/lib/platform/dates";
import { actionLabels, fullName, statusLabels } from "@/lib/search/format";
import type { StaffRecordView } from "@/lib/staff/records/record-view";

export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 border-t border-slate-300 pt-6">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const none = (what: string) => <p className="text-slate-700">No {what}.</p>;

/** The record's credentials, applications, public actions and correction history, as lists (they read at 320 px). */
export function RecordSummary({ record }: { record: StaffRecordView }) {
  return (
    <>
      <Section title="Credentials" id="credentials-heading">
        {record.credentials.length === 0 ? none("credentials") : (
          <ul className="space-y-2">
            {record.credentials.map((credential) => (
              <li key={credential.certificateNumber} className="border border-slate-300 p-3">
                <span className="font-semibold">{credential.type}</span>
                {credential.area ? `, ${credential.area}` : ""} · certificate {credential.certificateNumber} · {statusLabels[credential.status]} · effective {formatRecordDate(credential.effectiveDate)}
                {credential.expirationDate ? `, expires ${formatRecordDate(credential.expirationDate)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Applications" id="applications-heading">
        {record.applications.length === 0 ? none("applications") : (
          <ul className="space-y-2">
            {record.applications.map((application) => (
              <li key={application.id}>
                <Link href={`/staff/applications/${application.id}`}>
                  {application.type} ({application.reference})
                </Link>{" "}
                · {applicationStatusLabels[application.status]}
                {application.submittedAt ? ` · submitted ${formatAgencyDateTime(application.submittedAt)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Public disciplinary actions" id="discipline-heading">
        {record.disciplinaryActions.length === 0 ? none("public disciplinary actions") : (
          <ul className="space-y-2">
            {record.disciplinaryActions.map((action, index) => (
              <li key={index}>
                <span className="font-semibold">{actionLabels[action.actionType]}</span>, {formatRecordDate(action.actionDate)}: {action.summary}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {record.corrections.length > 0 ? (
        <Section title="Correction history" id="corrections-heading">
          <ul className="space-y-2">
            {record.corrections.map((correction, index) => (
              <li key={index}>
                {formatAgencyDateTime(correction.at)}: {correction.field === "ssn" ? "SSN" : "date of birth"} changed from{" "}
                <span className="font-mono">{correction.field === "ssn" ? correction.oldValue : formatRecordDate(correction.oldValue)}</span> to{" "}
                <span className="font-mono">{correction.field === "ssn" ? correction.newValue : formatRecordDate(correction.newValue)}</span> by {correction.staff ?? "a former staff member"}. Reason: {correction.reason}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

export function recordName(record: StaffRecordView): string {
  const current = record.names.find((name) => name.kind === "current");
  return current ? fullName(current) : record.publicId;
}
