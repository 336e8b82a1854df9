import { fileTypeFromBuffer } from "file-type";

/** The kinds of document the agency accepts, by what the bytes are (DOC-1). */
export const acceptedMediaTypes = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

/** For the file input's accept attribute: a hint to the browser's picker, never the check itself. */
export const acceptAttribute = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/**
 * What the file really is, from its magic bytes, or null when it is none of the accepted kinds. The
 * name and the browser's declared type are ignored: an .exe renamed .pdf is still an .exe.
 */
export async function sniffAcceptedType(bytes: Uint8Array): Promise<AcceptedMediaType | null> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime;
  return acceptedMediaTypes.find((type) => type === mime) ?? null;
}

/** The extension a download gets, from the sniffed type (the stored name may say something else). */
export function extensionFor(type: AcceptedMediaType): string {
  return type === "application/pdf" ? "pdf" : type === "image/png" ? "png" : "jpg";
}
