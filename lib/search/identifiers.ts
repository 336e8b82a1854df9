import { normalizePublicId } from "@/lib/records/public-id";
import { normalizeSsn } from "@/lib/platform/security/ssn";

/** The import's certificate-number shape (lib/records/import/parse-record-line.ts). */
const certificatePattern = /^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$/;

export type Identifier =
  | { kind: "identifier"; certificateNumbers: string[]; publicId: string | null }
  | { kind: "ssn" }
  | { kind: "invalid" };

/**
 * Reads what someone typed as "certificate number or educator ID". Both readings are tried, since a
 * ten-character value may be either. Something shaped like an SSN is refused outright: this is a
 * public GET form, so the value would sit in the address bar, history and access logs.
 */
export function parseIdentifier(raw: string): Identifier {
  const value = raw.trim();
  if (normalizeSsn(value)) return { kind: "ssn" };
  const publicId = normalizePublicId(value);
  const certificateNumbers = certificatePattern.test(value) ? [...new Set([value, value.toUpperCase()])] : [];
  if (!publicId && certificateNumbers.length === 0) return { kind: "invalid" };
  return { kind: "identifier", certificateNumbers, publicId };
}
