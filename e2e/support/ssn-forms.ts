import { expect } from "@playwright/test";

/**
 * Every way a page could spell this SSN: nine digits, with dashes, spaces, dots or any other one to
 * three separators between the groups (PII-7, PII-9). A check for one spelling passes when the page
 * prints another.
 */
export function ssnPattern(ssn: string): RegExp {
  const digits = ssn.replace(/\D/g, "");
  return new RegExp(`${digits.slice(0, 3)}\\D{0,3}${digits.slice(3, 5)}\\D{0,3}${digits.slice(5)}`);
}

/** Fails when `text` holds the SSN in any spelling. */
export function expectNoSsn(text: string, ssn: string, where = "the page"): void {
  expect(text, `${where} shows the SSN ${ssn} in some form`).not.toMatch(ssnPattern(ssn));
}
