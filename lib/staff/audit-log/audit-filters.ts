import { parseUsDate } from "@/lib/platform/forms/us-date";
import { normalizePublicId } from "@/lib/records/public-id";

/** The audit page's filters, from its query string (a GET form, so a filtered view has a URL to share). */
export const auditFilterFields = ["educator", "account", "staff", "event", "from", "to"] as const;
export type AuditFilterField = (typeof auditFilterFields)[number];
export type AuditFilterValues = Record<AuditFilterField, string>;

export type AuditFilters = {
  values: AuditFilterValues;
  errors: Partial<Record<AuditFilterField, string>>;
  publicId: string | null;
  username: string | null;
  staffId: string | null;
  eventPrefix: string | null;
  /** ISO dates, whole days in the agency's time zone, both ends included. */
  from: string | null;
  to: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;
const single = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, 100);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every problem at once, next to its field; a filter with a problem is not applied. */
export function parseAuditFilters(params: Params): AuditFilters {
  const values = Object.fromEntries(auditFilterFields.map((field) => [field, single(params[field])])) as AuditFilterValues;
  const errors: AuditFilters["errors"] = {};
  const publicId = values.educator ? normalizePublicId(values.educator) : null;
  if (values.educator && !publicId) errors.educator = "Enter a 10-character educator ID";
  if (values.staff && !uuid.test(values.staff)) errors.staff = "Choose a staff member from the list";
  const from = values.from ? parseUsDate(values.from) : null;
  const to = values.to ? parseUsDate(values.to) : null;
  if (values.from && !from) errors.from = "Enter the start date in the format mm/dd/yyyy";
  if (values.to && !to) errors.to = "Enter the end date in the format mm/dd/yyyy";
  if (from && to && from > to) errors.to = "The end date must be the same as or after the start date";
  const pageText = single(params.page) || "1";
  return {
    values,
    errors,
    publicId,
    username: values.account || null,
    staffId: values.staff && !errors.staff ? values.staff : null,
    eventPrefix: values.event || null,
    from,
    to: errors.to ? null : to,
    page: /^\d{1,5}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1,
  };
}

/** The URL of a page of the log with the same filters. */
export function auditHref(values: AuditFilterValues, page: number): string {
  const params = new URLSearchParams();
  for (const field of auditFilterFields) if (values[field]) params.set(field, values[field]);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/staff/audit?${query}` : "/staff/audit";
}
