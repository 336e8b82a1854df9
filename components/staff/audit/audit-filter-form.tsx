import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { AuditFilters } from "@/lib/staff/audit-log/audit-filters";

/** The audit log's filters: a GET form, so a filtered view is an address to share or bookmark. */
export function AuditFilterForm({ filters, staff }: { filters: AuditFilters; staff: { id: string; name: string }[] }) {
  const { values, errors } = filters;
  return (
    <form method="get" action="/staff/audit" role="search" aria-label="Filter the audit log" noValidate>
      <ErrorSummary fieldErrors={errors} />
      <div className="grid gap-x-6 md:grid-cols-3">
        <TextField name="educator" label="Educator ID" defaultValue={values.educator} error={errors.educator} spellCheck={false} />
        <TextField name="account" label="Account username" defaultValue={values.account} error={errors.account} spellCheck={false} />
        <Select name="staff" label="Staff member" options={staff.map((member) => ({ value: member.id, label: member.name }))} placeholder="Anyone" defaultValue={values.staff} error={errors.staff} />
        <TextField name="event" label="Event type" hint='The start is enough: "staff." lists every console action.' defaultValue={values.event} error={errors.event} spellCheck={false} />
        <DateField name="from" label="From" hint="mm/dd/yyyy" defaultValue={values.from} error={errors.from} />
        <DateField name="to" label="To" hint="mm/dd/yyyy" defaultValue={values.to} error={errors.to} />
      </div>
      <SubmitButton>Show events</SubmitButton>
    </form>
  );
}
