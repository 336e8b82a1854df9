import { myDocumentFile } from "@/lib/documents/my-documents";
import { extensionFor } from "@/lib/documents/content-type";
import { currentUser } from "@/lib/auth/guards";

/**
 * A document, only to its owner (DOC-3): anyone else, signed in or not, gets the same 404, so an id
 * reveals nothing. Always a download (attachment) with the sniffed type, never cached (DOC-5).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!(await currentUser())) return notFound();
  const document = await myDocumentFile((await params).id);
  if (!document) return notFound();
  const stem = document.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/[^A-Za-z0-9 ._-]/g, "_").slice(0, 100) || "document";
  const fileName = `${stem}.${extensionFor(document.mediaType)}`;
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "Content-Type": document.mediaType,
      "Content-Length": String(document.bytes.length),
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
