import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/components/layout/page-frame";
import { MailboxTime } from "@/components/emails/mailbox-time";
import { getConfig } from "@/lib/platform/config/env";
import { getMailboxMessage } from "@/lib/platform/email/mailbox";

export const metadata: Metadata = { title: "Mailbox message" };

/**
 * One message: its HTML in a sandboxed frame (sandbox="" allows no scripts, forms or navigation; a
 * srcdoc frame inherits this page's CSP) and its text part. Links in a sandboxed frame do not
 * navigate, so they are also listed as real links: that is what people and e2e tests click.
 */
export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const message = await getMailboxMessage((await params).id);
  if (!message) notFound();
  return (
    <PageFrame>
      <article aria-labelledby="message-subject" className="space-y-6">
        <p>
          <Link href={`/dev/mailbox?to=${encodeURIComponent(message.to)}`}>Back to the mailbox</Link>
        </p>
        <h1 id="message-subject" className="text-3xl font-bold text-brand-900">
          {message.subject}
        </h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">To</dt>
          <dd className="break-all">{message.to}</dd>
          <dt className="font-semibold">From</dt>
          <dd className="break-all">{getConfig().EMAIL_FROM}</dd>
          <dt className="font-semibold">Time</dt>
          <dd>
            <MailboxTime at={message.createdAt} />
          </dd>
          <dt className="font-semibold">Template</dt>
          <dd>{message.template}</dd>
          <dt className="font-semibold">Status</dt>
          <dd>{message.status}</dd>
        </dl>
        <section aria-labelledby="message-links" className="space-y-2">
          <h2 id="message-links" className="text-xl font-bold text-brand-900">
            Links in this message
          </h2>
          {message.links.length === 0 ? (
            <p>This message has no links.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {message.links.map((link, index) => (
                <li key={`${index}-${link.href}`} className="break-all">
                  <a href={link.href}>{link.name}</a> <span className="text-slate-700">({link.href})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="message-html" className="space-y-2">
          <h2 id="message-html" className="text-xl font-bold text-brand-900">
            HTML part
          </h2>
          <iframe
            title={`HTML part of “${message.subject}”`}
            srcDoc={message.html}
            sandbox=""
            className="h-[36rem] w-full rounded border border-slate-400 bg-white"
          />
        </section>
        <section aria-labelledby="message-text" className="space-y-2">
          <h2 id="message-text" className="text-xl font-bold text-brand-900">
            Text part
          </h2>
          <pre className="whitespace-pre-wrap break-words rounded border border-slate-400 bg-white p-4 font-mono text-sm">
            {message.text}
          </pre>
        </section>
      </article>
    </PageFrame>
  );
}
