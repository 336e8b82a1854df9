import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { closeSupportRequestAction, reopenSupportRequestAction } from "@/app/staff/(console)/requests/actions";
import { OneButtonForm } from "@/components/staff/one-button-form";
import { SupportReplyForm } from "@/components/staff/requests/support-reply-form";
import { SupportThread } from "@/components/support/support-thread";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { supportRequestDetail, supportStatusLabels } from "@/lib/staff/requests/support-inbox";

export const metadata: Metadata = { title: "Support request" };

type Props = { params: Promise<{ supportRequestId: string }> };

/** One support request (role support): who sent it, the thread, a reply, and close or reopen. */
export default async function SupportRequestPage({ params }: Props) {
  const request = await supportRequestDetail((await params).supportRequestId);
  if (!request) notFound();
  const entries = [
    { id: "first", author: "educator" as const, body: request.message, sentAt: request.sentAt, authorLabel: request.from },
    ...request.thread.map((message) => ({ ...message, authorLabel: message.author === "staff" ? "Agency staff" : request.from })),
  ];
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href={`/staff/requests?tab=support&status=${request.status}`}>Back to support requests</Link>
      </p>
      <h1 className="text-3xl font-bold break-words">
        Support request {request.reference}
      </h1>
      <section aria-labelledby="sender-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="sender-heading" className="mb-2 text-xl font-bold">About this request</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Topic</dt>
          <dd>{request.topic}</dd>
          <dt className="font-semibold">Status</dt>
          <dd className="font-semibold">{supportStatusLabels[request.status]}</dd>
          <dt className="font-semibold">From</dt>
          <dd className="break-words">{request.from}</dd>
          <dt className="font-semibold">Reply to</dt>
          <dd className="break-all">{request.email}</dd>
          {request.phone ? (
            <>
              <dt className="font-semibold">Phone</dt>
              <dd>{request.phone}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Account</dt>
          <dd className="break-words">{request.username ? `${request.username} (educator ID ${request.publicId})` : "None: sent while signed out, so the reply goes by email only"}</dd>
          <dt className="font-semibold">Sent</dt>
          <dd>{formatAgencyDateTime(request.sentAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="thread-heading" className="space-y-3">
        <h2 id="thread-heading" className="text-xl font-bold">Conversation</h2>
        <SupportThread entries={entries} label="Messages, oldest first" />
      </section>
      <section aria-labelledby="reply-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="reply-heading" className="mb-3 text-xl font-bold">Reply</h2>
        <SupportReplyForm supportRequestId={request.id} hasAccount={request.username !== null} />
      </section>
      <section aria-labelledby="status-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="status-heading" className="mb-3 text-xl font-bold">{request.status === "closed" ? "Reopen" : "Close"}</h2>
        {request.status === "closed" ? (
          <OneButtonForm key="reopen" action={reopenSupportRequestAction} fields={{ supportRequestId: request.id }} label="Reopen this request" pendingLabel="Reopening…" done="Reopened." />
        ) : (
          <OneButtonForm key="close" action={closeSupportRequestAction} fields={{ supportRequestId: request.id }} label="Close this request" pendingLabel="Closing…" done="Closed." />
        )}
      </section>
    </div>
  );
}
