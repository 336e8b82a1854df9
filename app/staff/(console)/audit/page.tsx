import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilterForm } from "@/components/staff/audit/audit-filter-form";
import { AuditTable } from "@/components/staff/audit/audit-table";
import { listAuditEvents, staffForAuditFilter } from "@/lib/staff/audit-log/audit-events";
import { auditHref, parseAuditFilters } from "@/lib/staff/audit-log/audit-filters";

export const metadata: Metadata = { title: "Audit log" };

/** Every audit event, newest first, filterable (admin or records). */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, hasNext }, staff] = await Promise.all([listAuditEvents(filters), staffForAuditFilter()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <AuditFilterForm filters={filters} staff={staff} />
      <AuditTable rows={rows} />
      <nav aria-label="Audit log pages" className="flex justify-between gap-4">
        {filters.page > 1 ? <Link href={auditHref(filters.values, filters.page - 1)}>Newer events</Link> : <span />}
        {hasNext ? <Link href={auditHref(filters.values, filters.page + 1)}>Older events</Link> : null}
      </nav>
    </div>
  );
}
