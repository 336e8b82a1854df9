import "server-only";
import type { ReactElement } from "react";
import { now } from "@/lib/platform/clock";
import type { Executor } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { renderEmail } from "./render";
import { sealBody } from "./sealed-body";

/**
 * The outbox (DESIGN "Email"): sending an email means INSERTing a row with the executor of the
 * change that caused it, so the email exists exactly when that change commits (a rolled-back
 * registration sends nothing; a committed one cannot lose its email when the provider is down).
 * The deliverer (deliverer.ts) sends rows later, within seconds, from every server process.
 *
 * Usage, inside the caller's transaction:
 *   await db.transaction(async (tx) => {
 *     ...change...
 *     await enqueueEmail(tx, { to, template: "email-confirmation", subject: "...",
 *       react: <EmailConfirmation name={name} confirmUrl={url} /> });
 *   });
 * Build every link in `react` from getConfig().APP_URL, never from request headers (TOK-6).
 */
export type OutgoingEmail = {
  /** One recipient address. */
  to: string;
  /** The template's name (its file name in components/emails), shown in /dev/mailbox and tests. */
  template: string;
  subject: string;
  react: ReactElement;
};

/** Renders and queues one email; returns the outbox row id. */
export async function enqueueEmail(executor: Executor, email: OutgoingEmail): Promise<string> {
  const [id] = await enqueueEmails(executor, [email]);
  return id!;
}

/** Renders and queues several emails in one INSERT; returns their row ids in the same order. */
export async function enqueueEmails(executor: Executor, emails: OutgoingEmail[]): Promise<string[]> {
  if (emails.length === 0) return [];
  // Render before touching the database so a broken template never holds the caller's transaction open.
  const rendered = await Promise.all(emails.map((email) => renderEmail(email.react)));
  const at = now();
  const rows = await executor
    .insert(emailOutbox)
    .values(
      emails.map((email, index) => ({
        toAddress: email.to.trim(),
        subject: email.subject,
        template: email.template,
        // Sealed: the body's links are live tokens until the message is sent (TOK-1).
        ...sealBody(rendered[index]!),
        nextAttemptAt: at,
        createdAt: at,
      })),
    )
    .returning({ id: emailOutbox.id });
  return rows.map((row) => row.id);
}
