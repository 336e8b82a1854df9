import { addDisciplinaryActionAction, correctDateOfBirthAction, correctSsnAction } from "@/app/staff/(console)/records/[publicId]/actions";
import { actionLabels } from "@/lib/search/format";
import { RecordActionForm } from "./record-action-form";
import { Section } from "./record-summary";

const reason = { name: "reason", label: "Reason", kind: "textarea" as const, hint: "Recorded with the change, for example the document that proves the correct value." };
const actionTypes = Object.entries(actionLabels).map(([value, label]) => ({ value, label }));

/** The records role's changes: date of birth and SSN corrections (history kept) and public disciplinary actions. */
export function RecordsPanel({ publicId }: { publicId: string }) {
  return (
    <Section title="Correct the record" id="correct-heading">
      <details className="border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">Correct the date of birth</summary>
        <div className="pt-3">
          <RecordActionForm publicId={publicId} formId="dob" action={correctDateOfBirthAction} submitLabel="Correct date of birth" fields={[{ name: "dateOfBirth", label: "Correct date of birth", kind: "date" }, reason]} />
        </div>
      </details>
      <details className="border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">Correct the Social Security number</summary>
        <div className="pt-3">
          <RecordActionForm publicId={publicId} formId="ssn" action={correctSsnAction} submitLabel="Correct SSN" fields={[{ name: "ssn", label: "Correct Social Security number", kind: "ssn" }, reason]} />
        </div>
      </details>
      <details className="border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">Add a public disciplinary action</summary>
        <div className="pt-3">
          <p className="mb-4">It appears on the public search&rsquo;s page for this educator at once.</p>
          <RecordActionForm
            publicId={publicId}
            formId="discipline"
            action={addDisciplinaryActionAction}
            submitLabel="Add disciplinary action"
            fields={[
              { name: "actionType", label: "Kind of action", kind: "select", options: actionTypes },
              { name: "actionDate", label: "Date of the action", kind: "date" },
              { name: "summary", label: "Public summary", kind: "textarea", hint: "Shown to the public exactly as written." },
            ]}
          />
        </div>
      </details>
    </Section>
  );
}
