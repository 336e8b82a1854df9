import { DocumentList } from "@/components/documents/document-list";
import { DocumentUploadForm } from "@/components/documents/document-upload-form";
import { requirementKey } from "@/lib/applications/required-documents";
import { documentLimitsHint } from "@/lib/applications/document-limits";

type Props = { draftKey: string; requiredDocuments: string[]; returnTo: string };

/**
 * The documents step: one upload form and list per required document, each its own form (forms do
 * not nest), before the step's Continue. Files are checked by their content and stored at once.
 */
export function DocumentsStep({ draftKey, requiredDocuments, returnTo }: Props) {
  if (requiredDocuments.length === 0) return <p>This application needs no documents from you.</p>;
  return (
    <div className="space-y-8">
      {requiredDocuments.map((name) => (
        <section key={name} aria-labelledby={`doc-${requirementKey(name)}`} className="rounded border border-slate-200 bg-white p-4">
          <h2 id={`doc-${requirementKey(name)}`} className="mb-2 text-xl font-bold">
            {name}
          </h2>
          <DocumentList applicationId={draftKey} requirement={requirementKey(name)} returnTo={returnTo} />
          <DocumentUploadForm applicationId={draftKey} requirement={requirementKey(name)} returnTo={returnTo} label={`Upload ${name.charAt(0).toLowerCase()}${name.slice(1)}`} hint={documentLimitsHint()} />
        </section>
      ))}
    </div>
  );
}
