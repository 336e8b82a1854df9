import "server-only";

/**
 * NX-5: a route handler's form body, read only while it stays under `maxBytes`. A declared
 * Content-Length over the limit is refused before a byte is read; a body without one (chunked) is
 * read as a stream and dropped the moment it passes the limit, so nothing large is buffered or parsed.
 * Answers "too-large" for a body over the limit, null for one that is not a form.
 */
export async function readFormWithin(request: Request, maxBytes: number): Promise<FormData | "too-large" | null> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) return "too-large";
  const bytes = await readBytesWithin(request.body, maxBytes);
  if (!bytes) return "too-large";
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(bytes, { headers: { "content-type": contentType } }).formData().catch(() => null);
}

async function readBytesWithin(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
