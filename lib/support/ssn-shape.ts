/**
 * Anything in free text shaped like an SSN: nine digits, optionally grouped 3-2-4 by dashes or spaces
 * ("123-45-6789", "123 45 6789", "123456789"), not part of a longer run of digits. One separator
 * alone is not counted, so a ZIP+4 ("40601-1234") passes. The support form
 * refuses such text rather than storing and emailing it (PII-9: SSNs never reach mail or logs).
 * Deliberately broader than a valid SSN (lib/platform/security/ssn.ts): an invalid one is still refused.
 */
const ssnShape = /(?<!\d)\d{3}(?:[- ]\d{2}[- ]|\d{2})\d{4}(?!\d)/;

export function containsSsnShape(text: string): boolean {
  return ssnShape.test(text.normalize("NFKC"));
}

/** The text with every SSN shape replaced, so a refused form is shown again without the number. */
export function redactSsnShapes(text: string): string {
  return text.normalize("NFKC").replace(new RegExp(ssnShape.source, "g"), "[removed]");
}
