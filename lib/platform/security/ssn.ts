/**
 * Social Security numbers: one normal form (nine digits) for fingerprints and encryption, validity by
 * the SSA's rules (PII-8), and the only display form the portal ever shows (`***-**-1234`).
 */
export function normalizeSsn(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(trimmed)) return null;
  return trimmed.replace(/\D/g, "");
}

export type SsnProblem = "format" | "never-issued";

/**
 * Area 000 and 666, group 00 and serial 0000 are never issued. Area 900-999 is never issued either;
 * outside production (and in explicitly configured demo deployments) it is accepted, because every
 * demo and test person lives there so no real person's number is ever used.
 */
export function checkSsn(input: string, options: { allowTestArea: boolean }): { ssn: string } | { problem: SsnProblem } {
  const ssn = normalizeSsn(input);
  if (!ssn) return { problem: "format" };
  const area = Number(ssn.slice(0, 3));
  if (area === 0 || area === 666 || ssn.slice(3, 5) === "00" || ssn.slice(5) === "0000") return { problem: "never-issued" };
  if (area >= 900 && !options.allowTestArea) return { problem: "never-issued" };
  return { ssn };
}

export function lastFourOf(ssn: string): string {
  return ssn.slice(-4);
}

/** Shows the last four digits at most, even when handed a whole SSN by mistake (PII-7). */
export function maskSsn(ssnOrLastFour: string): string {
  return `***-**-${ssnOrLastFour.replace(/\D/g, "").slice(-4)}`;
}
