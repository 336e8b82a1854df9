/**
 * A required document's key: what the upload form stores as its `requirement` and what the field's
 * id is built from ("file-<key>"), so it must be short and URL-safe. From the type's own wording.
 */
export function requirementKey(documentName: string): string {
  return (
    documentName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "document"
  );
}

/** The required documents with nothing uploaded for them yet. */
export function missingDocuments(required: string[], uploadedRequirements: string[]): string[] {
  return required.filter((name) => !uploadedRequirements.includes(requirementKey(name)));
}
