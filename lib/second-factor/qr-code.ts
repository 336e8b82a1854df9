import "server-only";
import QRCode from "qrcode";

/**
 * The QR code of an otpauth:// URI as an SVG data URL, made on the server: the page shows it in an
 * <img> (CSP img-src allows data:), so no script draws it and the page's nonce-only CSP holds.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
