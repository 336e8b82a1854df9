import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { formatLongDate } from "@/lib/platform/dates";

/** Everything a certificate shows; nothing else about the person (no SSN, no date of birth). */
export type CertificateFacts = {
  agencyName: string;
  holderName: string;
  typeName: string;
  area: string | null;
  gradeRange: string | null;
  rank: string | null;
  effectiveDate: string;
  expirationDate: string | null;
  certificateNumber: string;
  publicId: string;
  /** The public verification page (/search/[publicId]) the QR code and the printed URL lead to. */
  verificationUrl: string;
};

const navy = rgb(0.06, 0.16, 0.33);
const grey = rgb(0.3, 0.3, 0.3);
// US Letter, landscape, in points.
const width = 792;
const height = 612;

/**
 * The certificate as a PDF (issue 15 item 3), made on request and never stored. Standard fonts
 * (WinAnsi) cover the names the records hold after NFKC; anything they cannot draw is replaced
 * rather than failing the download.
 */
export async function renderCertificatePdf(facts: CertificateFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate ${facts.certificateNumber}`);
  pdf.setAuthor(facts.agencyName);
  pdf.setSubject(facts.typeName);
  const page = pdf.addPage([width, height]);
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const write = (text: string, y: number, size: number, font: PDFFont = regular, color = navy) => centered(page, printable(text, font), y, size, font, color);

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: navy, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: navy, borderWidth: 1 });
  write(facts.agencyName, height - 90, 24, bold);
  write("certifies that", height - 140, 14, regular, grey);
  write(facts.holderName, height - 180, 30, bold);
  write("holds the", height - 215, 14, regular, grey);
  write(facts.typeName, height - 245, 18, bold);
  const scope = [facts.area, facts.gradeRange ? `Grades ${facts.gradeRange}` : null, facts.rank ? `Rank ${facts.rank}` : null].filter(Boolean).join("  ·  ");
  if (scope) write(scope, height - 272, 14);
  write(`Certificate number ${facts.certificateNumber}`, height - 310, 16, bold);
  const dates = `Effective ${formatLongDate(facts.effectiveDate)}` + (facts.expirationDate ? `   ·   Expires ${formatLongDate(facts.expirationDate)}` : "   ·   Does not expire");
  write(dates, height - 335, 14);

  // The seal area: the agency places its seal here when printing officially.
  page.drawCircle({ x: 130, y: 130, size: 62, borderColor: navy, borderWidth: 2 });
  centeredAt(page, "Seal of the", 138, 130, 9, regular);
  centeredAt(page, "agency", 126, 130, 9, regular);

  const qr = await pdf.embedPng(await QRCode.toBuffer(facts.verificationUrl, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 6 }));
  page.drawImage(qr, { x: width - 190, y: 60, width: 130, height: 130 });
  page.drawText("Verify this certificate:", { x: 230, y: 118, size: 11, font: bold, color: navy });
  page.drawText(printable(facts.verificationUrl, regular), { x: 230, y: 100, size: 11, font: regular, color: navy });
  page.drawText("Scan the code or visit the address above to see the current status in the public search.", { x: 230, y: 82, size: 9, font: regular, color: grey });
  return pdf.save();
}

function centered(page: PDFPage, text: string, y: number, size: number, font: PDFFont, color = navy) {
  page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
}

function centeredAt(page: PDFPage, text: string, y: number, centerX: number, size: number, font: PDFFont) {
  page.drawText(text, { x: centerX - font.widthOfTextAtSize(text, size) / 2, y, size, font, color: navy });
}

/** The text with every character the font cannot encode replaced by "?". */
function printable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(text.normalize("NFKC"), (char) => (supported.has(char.codePointAt(0)!) ? char : "?")).join("");
}
