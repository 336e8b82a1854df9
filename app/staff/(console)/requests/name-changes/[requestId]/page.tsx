import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NameChangeDecision } from "@/components/staff/requests/name-change-decision";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { nameChangeRequestDetail, nameChangeStatusLabels } from "@/lib/staff/requests/name-changes";

export const metadata: Metadata = { title: "Name change request" };

type Props = { params: Promise<{ requestId: string }> };

/** One name change request: the record's names, the requested one, the reason, and the decision (role reviewer). */
export default async function NameChangeRequestPage({ params }: Props) {
  const request = await nameChangeRequestDetail((await params).requestId);
  if (!request) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/staff/requests?tab=name-changes">Back to name change requests</Link>
      </p>
      <h1 className="text-3xl font-bold">Name change request</h1>
      <section aria-labelledby="request-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="request-heading" className="sr-only">The request</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Current name</dt>
          <dd>{request.currentName}</dd>
          <dt className="font-semibold">Requested name</dt>
          <dd className="text-lg font-bold">{request.requestedName}</dd>
          <dt className="font-semibold">Former names</dt>
          <dd>{request.formerNames.length > 0 ? request.formerNames.join("; ") : "None"}</dd>
          <dt className="font-semibold">Former names in the public search</dt>
          <dd>{request.showFormerNames ? "Shown: the search will find both names" : "Hidden: the search will find only the new name"}</dd>
          <dt className="font-semibold">Educator ID</dt>
          <dd>{request.publicId}</dd>
          <dt className="font-semibold">Reason given</dt>
          <dd className="whitespace-pre-line break-words">{request.reason}</dd>
          <dt className="font-semibold">Requested</dt>
          <dd>{formatAgencyDateTime(request.requestedAt)}</dd>
          <dt className="font-semibold">Status</dt>
          <dd className="font-semibold">{nameChangeStatusLabels[request.status]}</dd>
          {request.decidedAt ? (
            <>
              <dt className="font-semibold">Decided</dt>
              <dd>
                {formatAgencyDateTime(request.decidedAt)}
                {request.decidedBy ? ` by ${request.decidedBy}` : ""}
              </dd>
            </>
          ) : null}
          {request.decisionMessage ? (
            <>
              <dt className="font-semibold">Message sent</dt>
              <dd className="whitespace-pre-line break-words">{request.decisionMessage}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {request.status === "received" ? <NameChangeDecision requestId={request.id} /> : null}
    </div>
  );
}
