import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswersSummary } from "@/components/applications/answers-summary";
import { DocumentList } from "@/components/documents/document-list";
import { DocumentUploadForm } from "@/components/documents/document-upload-form";
import { documentLimitsHint } from "@/lib/applications/document-limits";
import { InformationAnswerForm, WithdrawForm } from "@/components/applications/application-forms";
import { ApplicationChecklist, ApplicationTimeline } from "@/components/applications/application-details";
import { TransparencyNote } from "@/components/applications/transparency-note";
import { myApplication } from "@/lib/applications/applications-data";
import { statusDetails, statusLabels, withdrawable } from "@/lib/applications/status";
import { formatLongDate } from "@/lib/platform/dates";

type Params = { params: Promise<{ reference: string }>; searchParams: Promise<{ submitted?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Application ${(await params).reference}` };
}

/** One of the signed-in educator's applications: status, checklist, timeline, answers; another's is a 404. */
export default async function ApplicationPage({ params, searchParams }: Params) {
  const [{ reference }, { submitted }] = await Promise.all([params, searchParams]);
  const application = await myApplication(reference);
  if (!application) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/dashboard">Back to your dashboard</Link>
      </p>
      {submitted && application.status === "submitted" ? (
        <div className="bg-green-800 p-6 text-center text-white">
          <h1 className="text-3xl font-bold">Application submitted</h1>
          <p className="mt-2 text-xl">
            Your reference number
            <br />
            <strong>{application.reference}</strong>
          </p>
        </div>
      ) : (
        <h1 className="text-3xl font-bold text-brand-900">
          {application.typeName}: {application.reference}
        </h1>
      )}
      <section aria-labelledby="status-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="status-heading" className="text-xl font-bold">
          Status: {statusLabels[application.status]}
        </h2>
        <p>{statusDetails[application.status]}</p>
        {application.submittedAt ? <p className="text-slate-700">Submitted on {formatLongDate(application.submittedAt)}.</p> : null}
        <p className="mt-2">
          <Link href={`/applications/${application.reference}/receipt`}>View and print your receipt</Link>
        </p>
      </section>
      {application.status === "information_requested" ? (
        <section aria-labelledby="answer-heading" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="answer-heading" className="text-xl font-bold">
            Answer our request for information
          </h2>
          <InformationAnswerForm formKey={application.formKey} />
          <h3 className="mt-6 mb-2 text-lg font-bold">Send a document with your answer</h3>
          <DocumentList applicationId={application.formKey} requirement="information-requested" returnTo={`/applications/${application.reference}`} />
          <DocumentUploadForm applicationId={application.formKey} requirement="information-requested" returnTo={`/applications/${application.reference}`} hint={documentLimitsHint()} />
        </section>
      ) : null}
      <TransparencyNote transparency={application.transparency} />
      <ApplicationChecklist checklist={application.checklist} />
      <ApplicationTimeline timeline={application.timeline} />
      <section aria-labelledby="files-heading">
        <h2 id="files-heading" className="mb-3 text-xl font-bold">
          Your files
        </h2>
        <DocumentList applicationId={application.formKey} returnTo={`/applications/${application.reference}`} removable={false} />
      </section>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading" className="mb-3 text-xl font-bold">
          Your answers
        </h2>
        <AnswersSummary steps={application.steps} answers={application.answers} />
      </section>
      {withdrawable(application.status) ? (
        <section aria-labelledby="withdraw-heading" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="withdraw-heading" className="text-xl font-bold">
            Withdraw
          </h2>
          <p>You can withdraw the application until a reviewer starts on it. The fee is not refunded once you withdraw.</p>
          <WithdrawForm formKey={application.formKey} />
        </section>
      ) : null}
    </div>
  );
}
