import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswersSummary } from "@/components/applications/answers-summary";
import { ApplicationTimeline } from "@/components/applications/application-details";
import { DocumentsSection, PaymentSection, StaffChecklist } from "@/components/staff/applications/application-sections";
import { DecisionNotice } from "@/components/staff/applications/decision-notice";
import { DecisionPanel } from "@/components/staff/applications/decision-panel";
import { statusLabels } from "@/lib/applications/status";
import { formatLongDate } from "@/lib/platform/dates";
import { staffApplication } from "@/lib/staff/applications/application-view";

type Params = { params: Promise<{ reference: string }>; searchParams?: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Application ${(await params).reference}` };
}

/** One application for a reviewer: who and what, the decision, then the evidence (issue 15 item 2). */
export default async function StaffApplicationPage({ params, searchParams }: Params) {
  const [{ reference }, query] = await Promise.all([params, searchParams]);
  const view = await staffApplication(reference);
  if (!view) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/staff/applications">Back to the queue</Link>
      </p>
      <DecisionNotice done={typeof query?.done === "string" ? query.done : undefined} />
      <h1 className="text-3xl font-bold break-words">
        {view.typeName}: {view.reference}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4">
        <dt className="font-semibold">Educator</dt>
        <dd className="break-words">{view.educatorName}</dd>
        <dt className="font-semibold">Educator ID</dt>
        <dd className="font-mono">{view.publicId}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{statusLabels[view.status]}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{formatLongDate(view.submittedAt)}</dd>
      </dl>
      <DecisionPanel view={view} />
      <StaffChecklist view={view} />
      <DocumentsSection view={view} />
      <PaymentSection view={view} />
      <ApplicationTimeline timeline={view.timeline} />
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading" className="mb-3 text-xl font-bold">
          Answers
        </h2>
        <AnswersSummary steps={view.steps} answers={view.answers} />
      </section>
    </div>
  );
}
