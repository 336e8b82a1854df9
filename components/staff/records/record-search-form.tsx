import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { SearchField, SearchValues } from "@/lib/search/search-input";

/**
 * Find a record by name, educator ID or certificate number: a GET form (the address can be shared
 * with a colleague), the public search's fields and rules. Never an SSN: that has its own form.
 */
export function RecordSearchForm({ values, errors = {} }: { values: SearchValues; errors?: Partial<Record<SearchField | "page", string>> }) {
  // The form has no status field and shows a bad page number beside the last name.
  const shown = { last: errors.last ?? errors.page, first: errors.first, id: errors.id } as Record<string, string>;
  return (
    <form method="get" action="/staff/records" role="search" aria-label="Find a record by name or number" noValidate>
      <ErrorSummary fieldErrors={shown} />
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextField name="last" label="Last name" hint="Current or former; at least 2 letters." defaultValue={values.last} error={errors.last ?? errors.page} spellCheck={false} />
        <TextField name="first" label="First name (optional)" hint="The first letters are enough." defaultValue={values.first} error={errors.first} spellCheck={false} />
        <TextField name="id" label="Educator ID or certificate number (optional)" hint="With one of these, the last name may be left blank." defaultValue={values.id} error={errors.id} spellCheck={false} />
      </div>
      <SubmitButton pendingLabel="Searching…">Find records</SubmitButton>
    </form>
  );
}
