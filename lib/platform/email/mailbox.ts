import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { openBody } from "./sealed-body";

/**
 * The development and demo mailbox (/dev/mailbox): in EMAIL_TRANSPORT=mailbox nothing leaves the
 * machine, and the outbox rows are the mail. Every function here answers only in that mode (the
 * pages 404 otherwise), so a real deployment never shows anyone's mail. In mailbox mode anyone who
 * can reach the portal can read it: mailbox mode is for development, demos and end-to-end tests.
 */
export function mailboxEnabled(): boolean {
  const config = getConfig();
  // Production refuses the mailbox transport unless DEMO_MODE (env.ts); this says it twice (issue 11 item 7).
  return config.EMAIL_TRANSPORT === "mailbox" && (!config.isProduction || config.DEMO_MODE);
}

export type MailboxSummary = { id: string; to: string; subject: string; template: string; status: string; createdAt: Date };
export type MailboxLink = { name: string; href: string };
export type MailboxMessage = MailboxSummary & { html: string; text: string; links: MailboxLink[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const summaryColumns = {
  id: emailOutbox.id,
  to: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  template: emailOutbox.template,
  status: emailOutbox.status,
  createdAt: emailOutbox.createdAt,
};

/**
 * Newest first, optionally only mail to one address (case-insensitive). Unsent rows are listed too,
 * so a test reading the mailbox right after an action need not wait for the deliverer.
 */
export async function listMailbox({ to, limit = 100 }: { to?: string; limit?: number } = {}): Promise<MailboxSummary[]> {
  if (!mailboxEnabled()) return [];
  const address = to?.trim();
  return db
    .select(summaryColumns)
    .from(emailOutbox)
    .where(address ? sql`lower(${emailOutbox.toAddress}) = lower(${address})` : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}

export async function getMailboxMessage(id: string): Promise<MailboxMessage | null> {
  if (!mailboxEnabled() || !UUID.test(id)) return null;
  const [row] = await db
    .select({ ...summaryColumns, html: emailOutbox.html, text: emailOutbox.text, bodyKeyId: emailOutbox.bodyKeyId })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  if (!row) return null;
  // Bodies are sealed at rest (TOK-1); only mailbox mode, checked above, opens one for display.
  const { html, text, bodyKeyId, ...summary } = row;
  const body = openBody({ html, text, bodyKeyId });
  return { ...summary, ...body, links: linksIn(body.html) };
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1]?.toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return entities[entity.toLowerCase()] ?? match;
  });
}

/**
 * The links of a rendered email, as name and address, so the mailbox page can offer them as real
 * anchors (the HTML itself sits in a sandboxed frame where links do not navigate). Our own
 * react-email output is regular enough for a pattern; only http(s) and mailto links are kept.
 */
export function linksIn(html: string): MailboxLink[] {
  const links: MailboxLink[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const href = decodeEntities(match[1]!);
    if (!/^(https?:|mailto:)/i.test(href)) continue;
    const name = decodeEntities(match[2]!.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();
    links.push({ name: name || href, href });
  }
  return links;
}
