import { extensionFor } from "@/lib/documents/content-type";
import { reviewerDocumentFile } from "@/lib/staff/applications/staff-documents";

/**
 * A document of an application, for a reviewer: shown in the browser (every accepted type, PDF, PNG
 * and JPEG, is one the browser displays itself), never cached. Images are sandboxed as well; a PDF
 * is not, because Chromium's viewer refuses to open in a sandboxed document (it runs in its own
 * origin anyway). lib checks the role and writes the audit event.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ reference: string; documentId: string }> }) {
  const { reference, documentId } = await params;
  const document = await reviewerDocumentFile(reference, documentId);
  if (!document) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const stem = document.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/[^A-Za-z0-9 ._-]/g, "_").slice(0, 100) || "document";
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "Content-Type": document.mediaType,
      "Content-Length": String(document.bytes.length),
      "Content-Disposition": `inline; filename="${stem}.${extensionFor(document.mediaType)}"`,
      ...(document.mediaType === "application/pdf" ? {} : { "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'" }),
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
