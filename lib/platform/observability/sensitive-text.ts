import "server-only";

/**
 * Last line of defence for free text that reaches logs and traces: whatever an allow-listed field or
 * span attribute holds, URLs lose their query strings and fragments (tokens travel there) and
 * anything shaped like an SSN, a date or an email address is masked (PII-9). The allow-lists do the
 * real work; these patterns catch what slips through inside a value that is otherwise safe.
 */

// Digit lookarounds, not \b: "ssn987654321" must match, a 13-digit timestamp must not.
const SSN_PATTERN = /(?<!\d)\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d)/g;
// US (03/01/1947, 3-1-47) and ISO (1947-03-01) dates; dots are left alone so IP addresses survive.
const DATE_PATTERNS = [/(?<!\d)\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?!\d)/g, /(?<!\d)\d{4}[/-]\d{1,2}[/-]\d{1,2}(?!\d)/g];
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// An absolute URL or a path, followed by a query string or fragment: keep what comes before it.
const URL_WITH_QUERY_PATTERN = /((?:[a-z][a-z0-9+.-]*:\/\/|\/)[^\s?#"'<>]*)[?#][^\s"'<>]*/gi;
// A value that is only a query string ("?token=...", "token=...&step=2" is handled by callers).
const BARE_QUERY_PATTERN = /(^|\s)\?[^\s"'<>]*/g;

// Internal identifiers (UUIDs, hex digests) are not personal data, and their digit runs would
// otherwise be mistaken for SSNs now and then.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST_PATTERN = /^(?=.*[a-f])[0-9a-f]{16,}$/i;

export const MASKS = { ssn: "[SSN]", date: "[DATE]", email: "[EMAIL]" } as const;

function isIdentifier(text: string): boolean {
  return UUID_PATTERN.test(text) || HEX_DIGEST_PATTERN.test(text);
}

/**
 * A URL or path without its query string and fragment: `https://x/register/create?token=abc#top`
 * becomes `https://x/register/create`. Works on relative paths too (Next.js hands those over).
 */
export function scrubUrl(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** Removes query strings and fragments from every URL or path inside a piece of text. */
export function stripQueryStrings(text: string): string {
  return text.replace(URL_WITH_QUERY_PATTERN, "$1").replace(BARE_QUERY_PATTERN, "$1");
}

/** Masks SSN-, date- and email-shaped content. */
export function maskPersonalData(text: string): string {
  if (isIdentifier(text)) return text;
  let masked = text.replace(EMAIL_PATTERN, MASKS.email).replace(SSN_PATTERN, MASKS.ssn);
  for (const pattern of DATE_PATTERNS) masked = masked.replace(pattern, MASKS.date);
  return masked;
}

/** Both of the above: what every string bound for a log line or a span goes through. */
export function scrubText(text: string): string {
  return maskPersonalData(stripQueryStrings(text));
}

/** True when text still holds personal-data-shaped content (a URL's query string counts). */
export function holdsPersonalData(text: string): boolean {
  return scrubText(text) !== text;
}

/** A number that could be an SSN typed without dashes (nine digits). */
export function isSsnShapedNumber(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) >= 100_000_000 && Math.abs(value) <= 999_999_999;
}
