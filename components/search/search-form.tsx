import { credentialStatuses } from "@/lib/credentials/credential-status";
import { statusLabels } from "@/lib/search/format";
import type { SearchField, SearchValues } from "@/lib/search/search-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { controlClass, describedBy, FieldError } from "@/components/ui/field";
import { SearchButton } from "./search-button";

type Errors = Partial<Record<SearchField | "page", string>>;

const formOrder = ["last", "first", "id", "status", "page"] as const;

/** The summary lists problems in the order of the fields on the page. */
function inFormOrder(errors: Errors): Record<string, string> {
  return Object.fromEntries(formOrder.flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])));
}

function TextInput(props: { id: SearchField; label: string; hint?: string; value: string; error?: string; autoComplete?: string }) {
  const { id, label, hint, value, error, autoComplete } = props;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        type="text"
        defaultValue={value}
        maxLength={id === "id" ? 40 : 100}
        autoComplete={autoComplete ?? "off"}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        className={`${controlClass} ${error ? "border-red-700" : ""}`}
      />
    </div>
  );
}

/**
 * The public search form: a plain GET form, so it works without JavaScript and every results page
 * has an address that can be shared or bookmarked. Values typed are shown again (an SSN typed by
 * mistake is not: the parser drops it).
 */
export function SearchForm({ values, errors = {} }: { values: SearchValues; errors?: Errors }) {
  return (
    <form method="get" action="/search" role="search" aria-label="Public licensure search" className="print:hidden" noValidate>
      <ErrorSummary fieldErrors={inFormOrder(errors)} fieldIds={{ page: "last" }} />
      <div className="grid gap-x-6 md:grid-cols-2">
        <TextInput id="last" label="Last Name" hint="At least 2 letters; current or former last name." value={values.last} error={errors.last} />
        <TextInput id="first" label="First Name (optional)" hint="The first letters are enough." value={values.first} error={errors.first} />
        <TextInput
          id="id"
          label="Certificate number or educator ID (optional)"
          hint="With one of these, the last name may be left blank."
          value={values.id}
          error={errors.id}
        />
        <div className={`mb-5 ${errors.status ? "border-l-4 border-red-700 pl-4" : ""}`}>
          <label htmlFor="status" className="mb-1 block font-semibold">
            Credential status
          </label>
          <FieldError id="status" error={errors.status} />
          <select
            id="status"
            name="status"
            defaultValue={values.status}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={describedBy("status", { error: errors.status })}
            className={controlClass}
          >
            <option value="">Any status</option>
            {credentialStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SearchButton />
    </form>
  );
}
