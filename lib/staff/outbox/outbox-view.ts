import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { requireStaff } from "../guard";

export type OutboxFilter = "failed" | "pending";
export const outboxFilters: OutboxFilter[] = ["failed", "pending"];

/**
 * A message waiting or given up on, as the console shows it: never the body (html/text). Bodies are
 * sealed because they carry live reset, unlock and confirmation links (TOK-1): nobody at the agency
 * needs to read a person's reset link, and a screen share must not show one.
 */
export type OutboxLine = {
  id: string;
  to: string;
  template: string;
  subject: string;
  status: "pending" | "sending" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
};

export function outboxFilterFrom(value: string | string[] | undefined): OutboxFilter {
  return outboxFilters.find((filter) => filter === value) ?? "failed";
}

/** Failed messages (newest first) or those still to be sent (next attempt first). Roles: admin or support. */
export async function outboxMessages(filter: OutboxFilter): Promise<OutboxLine[]> {
  await requireStaff("admin", "support");
  const rows = await db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      template: emailOutbox.template,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      nextAttemptAt: emailOutbox.nextAttemptAt,
    })
    .from(emailOutbox)
    .where(filter === "failed" ? eq(emailOutbox.status, "failed") : inArray(emailOutbox.status, ["pending", "sending"]))
    .orderBy(filter === "failed" ? desc(emailOutbox.createdAt) : asc(emailOutbox.nextAttemptAt))
    .limit(200);
  return rows.filter((row): row is OutboxLine => row.status !== "sent");
}

/** How many messages have failed and how many wait (the filter links show both). Roles: admin or support. */
export async function outboxCounts(): Promise<Record<OutboxFilter, number>> {
  await requireStaff("admin", "support");
  const [row] = await db
    .select({
      failed: sql<number>`count(*) filter (where ${emailOutbox.status} = 'failed')::int`,
      pending: sql<number>`count(*) filter (where ${emailOutbox.status} in ('pending', 'sending'))::int`,
    })
    .from(emailOutbox);
  return { failed: row?.failed ?? 0, pending: row?.pending ?? 0 };
}
