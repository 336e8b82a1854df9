import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpForm } from "@/components/support/follow-up-form";
import { SupportThread } from "@/components/support/support-thread";
import { formatRecordDate } from "@/lib/platform/dates";
import { myRequests } from "@/lib/support/my-requests";

export const metadata: Metadata = { title: "My requests" };

/** The educator's support and name change requests, where each stands, and what staff answered. */
export default async function MyRequestsPage() {
  const lines = await myRequests();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">My requests</h1>
      <p>
        Requests you sent while signed in: to <Link href="/support">support</Link> and for a{" "}
        <Link href="/profile#name-change">name change</Link>. Staff replies appear here and reach you by email; quote the reference if you call.
      </p>
      {lines.length === 0 ? (
        <p role="status">You have not sent any requests yet.</p>
      ) : (
        // A list of small cards rather than a table: four columns do not fit 320 px without sideways scrolling.
        <ul aria-label="Your requests, newest first" className="space-y-3">
          {lines.map((line) => (
            <li key={`${line.kind}-${line.id}`} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{line.what}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                {line.reference ? (
                  <>
                    <dt>Reference</dt>
                    <dd>{line.reference}</dd>
                  </>
                ) : null}
                <dt>Sent</dt>
                <dd>{formatRecordDate(line.sentAt)}</dd>
                <dt>Status</dt>
                <dd className="font-semibold">{line.status}</dd>
                {line.decisionMessage ? (
                  <>
                    <dt>Message from the agency</dt>
                    <dd className="whitespace-pre-line break-words">{line.decisionMessage}</dd>
                  </>
                ) : null}
              </dl>
              {line.thread.length > 0 ? (
                <details className="mt-3" open={line.thread.some((message) => message.author === "staff")}>
                  <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">Conversation ({line.thread.length} {line.thread.length === 1 ? "message" : "messages"})</summary>
                  <SupportThread
                    label={`Conversation about ${line.reference ?? line.what}, oldest first`}
                    entries={line.thread.map((message) => ({ ...message, authorLabel: message.author === "staff" ? "Agency staff" : "You" }))}
                  />
                </details>
              ) : null}
              {line.kind === "support" && line.reference ? <FollowUpForm supportRequestId={line.id} reference={line.reference} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
