import { fileTypeFromBuffer } from "file-type";
import { acceptedMediaTypes, type AcceptedMediaType } from "./document-kinds";

export { acceptedMediaTypes, type AcceptedMediaType };

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
