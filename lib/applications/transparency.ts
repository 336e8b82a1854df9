import "server-only";
import { sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, queryRows } from "@/lib/platform/db/client";

/**
 * Processing transparency (licensure-domain: "we are reviewing applications received on or before…"),
 * computed from the queue rather than typed in by staff: the latest submission date a reviewer has
 * picked up, and the median days from submission to decision over the last 90 days. Public facts
 * about the queue, nobody's application.
 */
export type Transparency = { reviewingThrough: Date | null; queueEmpty: boolean; medianDaysToDecision: number | null; decisionsCounted: number };

export async function processingTransparency(): Promise<Transparency> {
  // As text: postgres.js takes no Date in a raw query's parameters (PGlite does, so only PostgreSQL showed it).
  const at = now().toISOString();
  const [row] = await queryRows<{ reviewing_through: string | null; waiting: number; median_days: number | null; decided: number }>(
    db,
    sql`select
          (select max(submitted_at) from applications where review_started_at is not null and submitted_at > ${at}::timestamptz - interval '1 year')::text as reviewing_through,
          (select count(*)::int from applications where status = 'submitted') as waiting,
          (select percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 86400)
             from applications where decided_at is not null and submitted_at is not null and decided_at > ${at}::timestamptz - interval '90 days') as median_days,
          (select count(*)::int from applications where decided_at is not null and decided_at > ${at}::timestamptz - interval '90 days') as decided`,
  );
  return {
    reviewingThrough: row?.reviewing_through ? new Date(row.reviewing_through) : null,
    queueEmpty: (row?.waiting ?? 0) === 0,
    medianDaysToDecision: row?.median_days === null || row?.median_days === undefined ? null : Math.round(Number(row.median_days)),
    decisionsCounted: row?.decided ?? 0,
  };
}
