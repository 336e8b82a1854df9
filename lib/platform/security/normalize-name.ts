/**
 * The one name normaliser, used when names are written and when they are searched, so both sides
 * always agree. Steps:
 *   1. NFKC (full-width and compatibility forms become plain letters),
 *   2. lower case,
 *   3. accents removed (NFD, then combining marks dropped; a few letters without a decomposition are
 *      spelled out: ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ→d, ð→d, þ→th, ı→i),
 *   4. everything that is not a letter or digit removed: spaces, hyphens, apostrophes (' ’ ʼ `), periods.
 *      The apostrophe-like modifier letters (ʼ ʻ ʹ ʾ ʿ ˈ …) are Unicode *letters* (Lm), so they are
 *      removed by name; otherwise "Dʼarcy" typed on a phone would not match "D'Arcy".
 * So "O'Brien", "OBrien" and "o brien" are one name, as are "José" and "Jose", "Smith-Jones" and
 * "Smith Jones". Safe to import anywhere (no secrets).
 */
const spelledOut: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

const apostropheLetters = /[\u02B9-\u02BF\u02C8\u02EE]/g;

export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđðþı]/g, (letter) => spelledOut[letter] ?? letter)
    .replace(apostropheLetters, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Display form: trimmed, NFC, inner white space collapsed. What people see and what we store as typed. */
export function tidyName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ");
}
