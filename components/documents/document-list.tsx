import { myApplicationDocuments } from "@/lib/documents/my-documents";
import { megabytes } from "@/lib/documents/document-messages";
import { RemoveDocumentButton } from "./remove-document-button";

type Props = {
  applicationId: string;
  returnTo: string;
  /** Only this requirement's documents; all of the application's when absent. */
  requirement?: string;
  /** False once the application is submitted: the list stays, the Remove buttons go. */
  removable?: boolean;
};

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${megabytes(bytes)} MB`);

/** The session's person's documents for an application, each with Download and (while editable) Remove. */
export async function DocumentList({ applicationId, returnTo, requirement, removable = true }: Props) {
  const all = await myApplicationDocuments(applicationId);
  const shown = requirement ? all.filter((document) => document.requirement === requirement) : all;
  if (shown.length === 0) return <p className="text-slate-700">No files uploaded yet.</p>;
  return (
    <ul className="space-y-3" aria-label="Uploaded files">
      {shown.map((document) => (
        <li key={document.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-300 pb-3">
          <a href={`/api/documents/${document.id}`} className="font-semibold break-all" download>
            {document.fileName}
          </a>
          <span className="text-slate-700">{sizeText(document.sizeBytes)}</span>
          {removable ? <RemoveDocumentButton documentId={document.id} fileName={document.fileName} returnTo={returnTo} /> : null}
        </li>
      ))}
    </ul>
  );
}
