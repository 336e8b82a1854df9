import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { assigneeChoices, queueStatusOptions, type QueueFilters } from "@/lib/staff/applications/queue-filters";

/**
 * The queue's filters as a GET form: the filters live in the URL, so a filtered queue is a link
 * (next-learn's URL-driven search) and works without JavaScript.
 */
export function QueueFiltersForm({ filters, types }: { filters: QueueFilters; types: { code: string; name: string }[] }) {
  return (
    <form method="get" action="/staff/applications" className="rounded border border-slate-200 bg-white p-4" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="mb-3 text-xl font-bold">
        Filter the queue
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Select name="type" label="Application type" options={[{ value: "", label: "Any type" }, ...types.map((type) => ({ value: type.code, label: type.name }))]} defaultValue={filters.type} />
        <Select name="status" label="Status" options={queueStatusOptions} defaultValue={filters.status} />
        <TextField name="olderThanDays" label="Submitted more than this many days ago" hint="Leave empty for any age." inputMode="numeric" width="short" defaultValue={filters.olderThanDays ? String(filters.olderThanDays) : ""} />
        <Select name="assignee" label="Assignee" options={[...assigneeChoices]} defaultValue={filters.assignee} />
      </div>
      <button type="submit" className="min-h-11 border-2 border-slate-700 bg-white px-5 py-2 font-semibold text-slate-900 hover:bg-slate-100">
        Apply filters
      </button>
    </form>
  );
}
