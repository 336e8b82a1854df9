import Link from "next/link";
import { myApplications } from "@/lib/applications/applications-data";
import { statusLabels } from "@/lib/applications/status";
import { formatLongDate } from "@/lib/platform/dates";
import { Panel } from "./panel";

/** The educator's applications: drafts to continue (with progress), then each submitted one with its status. */
export async function ApplicationsPanel() {
  const applications = await myApplications();
  return (
    <Panel id="applications" title="Applications" action={<Link href="/apply">Apply for a credential</Link>}>
      {applications.length === 0 ? <p>You have not started an application.</p> : null}
      <ul className="space-y-3">
        {applications.map((application) => (
          <li key={application.reference} className="border-l-4 border-slate-300 p-3">
            <h3 className="font-semibold">{application.typeName}</h3>
            {application.status === "draft" && application.progress ? (
              <>
                <p>
                  Draft: {application.progress.done} of {application.progress.total} steps done. Last saved {formatLongDate(application.updatedAt)}.
                </p>
                <Link href={application.continuePath}>
                  Continue your application<span className="sr-only"> for {application.typeName}</span>
                </Link>
              </>
            ) : (
              <>
                <p>
                  Status: <strong>{statusLabels[application.status]}</strong>
                  {application.submittedAt ? ` · submitted ${formatLongDate(application.submittedAt)}` : ""}
                </p>
                <Link href={`/applications/${application.reference}`}>
                  Application {application.reference}
                  <span className="sr-only">: {application.typeName}</span>
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
