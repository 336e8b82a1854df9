import type { Metadata } from "next";
import Link from "next/link";
import { QueueFiltersForm } from "@/components/staff/applications/queue-filters-form";
import { QueueTable } from "@/components/staff/applications/queue-table";
import { applicationQueue } from "@/lib/staff/applications/queue";
import { queueHref, readQueueFilters } from "@/lib/staff/applications/queue-filters";

export const metadata: Metadata = { title: "Applications queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The applications queue (issue 15 item 2): filters in the URL, oldest first, 20 a page. */
export default async function ApplicationsQueuePage({ searchParams }: Props) {
  const filters = readQueueFilters(await searchParams);
  const queue = await applicationQueue(filters);
  const page = Math.min(filters.page, queue.pages);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Applications queue</h1>
      <QueueFiltersForm filters={filters} types={queue.types} />
      <p role="status">
        {queue.total === 0 ? "No applications match these filters." : `${queue.total} ${queue.total === 1 ? "application" : "applications"}, oldest first. Page ${page} of ${queue.pages}.`}
      </p>
      {queue.rows.length > 0 ? <QueueTable rows={queue.rows} caption={`Applications, page ${page} of ${queue.pages}`} /> : null}
      {queue.pages > 1 ? (
        <nav aria-label="Queue pages" className="flex flex-wrap gap-4">
          {page > 1 ? <Link href={queueHref(filters, page - 1)}>Previous page</Link> : null}
          {page < queue.pages ? <Link href={queueHref(filters, page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
