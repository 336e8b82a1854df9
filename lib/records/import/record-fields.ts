import { z } from "zod";
import { normalizeEmail } from "@/lib/platform/forms/email";
import { normalizeName, tidyName } from "@/lib/platform/security/normalize-name";

/**
 * Field rules for one CSV line. Every message names the column and never quotes the value: the
 * report of a file full of SSNs and birth dates must be safe to paste into a ticket.
 */

/** A real calendar date written MM/DD/YYYY (US exports) or YYYY-MM-DD, as ISO; null otherwise. */
export function parseCsvDate(value: string): string | null {
  const text = value.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 02/30 over into March; a round trip that changes the day means no such date.
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** Dates before this are typing errors in any record an agency holds today. */
export const earliestDate = "1900-01-01";

export function dateField(column: string, required: boolean) {
  return z.string().transform((value, context) => {
    if (value.trim() === "") {
      if (required) context.addIssue({ code: "custom", message: `${column} is missing` });
      return null;
    }
    const date = parseCsvDate(value);
    if (!date) {
      context.addIssue({ code: "custom", message: `${column} is not a real date in MM/DD/YYYY or YYYY-MM-DD form` });
      return z.NEVER;
    }
    if (date < earliestDate) {
      context.addIssue({ code: "custom", message: `${column} is before ${earliestDate.slice(0, 4)}` });
      return z.NEVER;
    }
    return date;
  });
}

// Letters of any script (with their combining marks), then letters, marks, spaces, hyphens,
// apostrophes and periods: "O'Brien", "Smith-Jones", "St. John", "José", "Nguyễn".
const namePattern = /^\p{L}\p{M}*(?:[\p{L}\p{M}'’ .-])*$/u;

function checkName(column: string, value: string, max: number, context: z.RefinementCtx) {
  if (value.length > max) context.addIssue({ code: "custom", message: `${column} is longer than ${max} characters` });
  else if (!namePattern.test(value) || normalizeName(value) === "") {
    context.addIssue({ code: "custom", message: `${column} has characters a name does not have (letters, spaces, hyphens, apostrophes and periods only)` });
  }
}

export function nameField(column: string, options: { required: boolean; max?: number }) {
  const max = options.max ?? 60;
  return z.string().transform((raw, context) => {
    const value = tidyName(raw);
    if (value === "") {
      if (options.required) context.addIssue({ code: "custom", message: `${column} is missing` });
      return null;
    }
    checkName(column, value, max, context);
    return value;
  });
}

/** "Doe; Smith-Jones" → ["Doe", "Smith-Jones"]; empty entries (a trailing ";") are ignored. */
export function nameListField(column: string) {
  return z.string().transform((raw, context) => {
    const names = raw.split(";").map(tidyName).filter(Boolean);
    if (names.length > 10) context.addIssue({ code: "custom", message: `${column} lists more than 10 names` });
    for (const name of names) checkName(column, name, 60, context);
    return names;
  });
}

const truthy = new Set(["true", "yes", "y", "1"]);
const falsy = new Set(["false", "no", "n", "0"]);

export function booleanField(column: string, fallback: boolean) {
  return z.string().transform((raw, context) => {
    const value = raw.trim().toLowerCase();
    if (value === "") return fallback;
    if (truthy.has(value)) return true;
    if (falsy.has(value)) return false;
    context.addIssue({ code: "custom", message: `${column} must be true or false` });
    return z.NEVER;
  });
}

/** Free text such as an area or grade range: single-line, printable, bounded. */
export function textField(column: string, max: number) {
  return z.string().transform((raw, context) => {
    const value = raw.normalize("NFC").trim().replace(/\s+/g, " ");
    if (value.length > max) context.addIssue({ code: "custom", message: `${column} is longer than ${max} characters` });
    if (/\p{C}/u.test(value)) context.addIssue({ code: "custom", message: `${column} contains control characters` });
    return value === "" ? null : value;
  });
}

/** An optional email address, normalised like an account's (trimmed, lower case); empty = none. */
export function emailField(column: string) {
  const address = z.email();
  return z.string().transform((raw, context) => {
    const value = normalizeEmail(raw);
    if (value === "") return null;
    if (value.length > 254 || !address.safeParse(value).success) {
      context.addIssue({ code: "custom", message: `${column} is not an email address (name@example.org)` });
      return z.NEVER;
    }
    return value;
  });
}
