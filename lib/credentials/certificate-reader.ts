import jsQR from "jsqr";
import { decodePDFRawStream, PDFDocument, PDFName, PDFNumber, PDFRawStream } from "pdf-lib";

/**
 * Test code only (the unit test and the e2e journey): what a certificate PDF says, read back the way
 * a checker would: the text drawn on the page, and the QR code decoded from the embedded image's
 * pixels (not from the text beside it), so the test proves the code really leads where it should.
 */
export async function readCertificatePdf(bytes: Uint8Array): Promise<{ text: string; qr: string | null; pages: number }> {
  const pdf = await PDFDocument.load(bytes);
  const lines: string[] = [];
  let qr: string | null = null;
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const subtype = object.dict.get(PDFName.of("Subtype"));
    const data = decodePDFRawStream(object).decode();
    if (subtype === PDFName.of("Image")) qr ??= decodeQr(object, data);
    else if (!subtype) lines.push(...drawnText(Buffer.from(data).toString("latin1")));
  }
  return { text: lines.join("\n"), qr, pages: pdf.getPageCount() };
}

/** Every `<hex> Tj` string of a content stream (pdf-lib writes text as hex), as latin1 (WinAnsi for ASCII). */
function drawnText(content: string): string[] {
  return Array.from(content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g), (match) => Buffer.from(match[1]!, "hex").toString("latin1"));
}

/** An 8-bit RGB or grey image's pixels as RGBA for jsQR. */
function decodeQr(image: PDFRawStream, pixels: Uint8Array): string | null {
  const width = (image.dict.get(PDFName.of("Width")) as PDFNumber).asNumber();
  const height = (image.dict.get(PDFName.of("Height")) as PDFNumber).asNumber();
  const channels = pixels.length / (width * height);
  if (channels !== 1 && channels !== 3) return null;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < width * height; index += 1) {
    for (let channel = 0; channel < 3; channel += 1) rgba[index * 4 + channel] = pixels[index * channels + (channels === 3 ? channel : 0)]!;
    rgba[index * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}
