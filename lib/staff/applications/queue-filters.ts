import { z } from "zod";
import { statusLabels } from "@/lib/applications/status";
import { applicationStatus } from "@/lib/platform/db/schema/enums";

/**
 * The queue's filters, read from the URL (a GET form, so a filtered queue can be bookmarked and the
 * back button works). Anything unreadable falls back to the default rather than failing the page.
 */
export const assigneeChoices = [
  { value: "anyone", label: "Anyone" },
  { value: "me", label: "Assigned to me" },
  { value: "unassigned", label: "Unassigned" },
] as const;

const decidable = applicationStatus.enumValues.filter((status) => status !== "draft");
const statusFilter = z.enum(["open", ...decidable]);

/** "Open" (what still needs a reviewer) first, then every status after submission. */
export const queueStatusOptions = [
  { value: "open", label: "Open (submitted, in review, waiting for information)" },
  ...decidable.map((status) => ({ value: status, label: statusLabels[status] })),
];

export const queueFiltersSchema = z.object({
  type: z.string().max(40).regex(/^[a-z0-9-]*$/).catch(""),
  status: statusFilter.catch("open"),
  olderThanDays: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  assignee: z.enum(["anyone", "me", "unassigned"]).catch("anyone"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export function readQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const olderThan = first(params.olderThanDays);
  return queueFiltersSchema.parse({
    type: first(params.type) ?? "",
    status: first(params.status) ?? "open",
    olderThanDays: olderThan === undefined || olderThan === "" ? undefined : olderThan,
    assignee: first(params.assignee) ?? "anyone",
    page: first(params.page) ?? 1,
  });
}

/** The queue's URL for these filters (pagination links keep the filters). */
export function queueHref(filters: QueueFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.status !== "open") params.set("status", filters.status);
  if (filters.olderThanDays) params.set("olderThanDays", String(filters.olderThanDays));
  if (filters.assignee !== "anyone") params.set("assignee", filters.assignee);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/staff/applications?${query}` : "/staff/applications";
}
