/**
 * Dates are typed as the registration guide asks: mm/dd/yyyy with the slashes and a four-digit year.
 * One-digit months and days are accepted too (people type 3/1/1947); nothing else is guessed at,
 * so "03-01-1947", "3/1/47" and "1947-03-01" are refused rather than misread.
 */
const usDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "3/1/1947" → "1947-03-01"; null unless it is a real calendar date in m/d/yyyy or mm/dd/yyyy. */
export function parseUsDate(input: string): string | null {
  const match = usDate.exec(input.trim());
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC treats years 0-99 as 1900-1999; setUTCFullYear puts them back.
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
