import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/components/layout/page-frame";
import { MailboxTime } from "@/components/emails/mailbox-time";
import { listMailbox, mailboxEnabled } from "@/lib/platform/email/mailbox";

export const metadata: Metadata = { title: "Mailbox" };

type Props = { searchParams: Promise<{ to?: string | string[] }> };

/** EMAIL_TRANSPORT=mailbox only: the mail the portal would have sent, newest first. */
export default async function MailboxPage({ searchParams }: Props) {
  if (!mailboxEnabled()) notFound();
  const raw = (await searchParams).to;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const messages = await listMailbox({ to });
  return (
    <PageFrame>
      <section aria-labelledby="mailbox-heading" className="space-y-6">
        <h1 id="mailbox-heading" className="text-3xl font-bold text-brand-900">
          Mailbox
        </h1>
        <p className="max-w-prose">
          Email is in mailbox mode: nothing leaves this machine. Every message the portal sends is kept here instead,
          newest first.
        </p>
        <form method="get" action="/dev/mailbox" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="mailbox-to" className="font-semibold">
              Recipient email address
            </label>
            <input
              id="mailbox-to"
              name="to"
              type="email"
              defaultValue={to}
              autoComplete="off"
              className="w-72 max-w-full rounded border border-slate-500 px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            Show messages
          </button>
          {to ? <Link href="/dev/mailbox">Show all messages</Link> : null}
        </form>
        {messages.length === 0 ? (
          <p role="status">{to ? `No messages to ${to}.` : "No messages yet."}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left font-semibold">{to ? `Messages to ${to}` : "All messages"}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">Subject</th>
                  <th scope="col" className="p-2">To</th>
                  <th scope="col" className="p-2">Template</th>
                  <th scope="col" className="p-2">Status</th>
                  <th scope="col" className="p-2">Time</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id} className="border-b border-slate-200">
                    <td className="p-2">
                      <Link href={`/dev/mailbox/${message.id}`}>{message.subject}</Link>
                    </td>
                    <td className="p-2 break-all">{message.to}</td>
                    <td className="p-2">{message.template}</td>
                    <td className="p-2">{message.status}</td>
                    <td className="p-2">
                      <MailboxTime at={message.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </PageFrame>
  );
}
