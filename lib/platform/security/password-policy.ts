import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { getBranding } from "@/lib/platform/config/branding";
import { weakPasswordMessage } from "./password-feedback";

/**
 * The new-password rule (DESIGN.md "Passwords", PWD-1..PWD-3):
 * - 15 to 128 Unicode code points, counted after NFKC (what password-hash.ts hashes), no truncation.
 * - Deviation D-1: the agency's published composition rule (upper, lower, digit, special) is kept
 *   for KECS parity although ASVS 6.2.5 and NIST 800-63B forbid composition rules; the length,
 *   blocklist and strength checks below are the controls that actually matter.
 * - Not a common password (PWD-2): the zxcvbn-ts common list (~49k entries, ranked by frequency)
 *   is the local blocklist, also used at sign-in (PWD-4) through isCommonPassword.
 * - Not containing the username, the email's local parts, the person's names or context words
 *   such as "kentucky", "educator" and the agency and portal names (PWD-3).
 * - zxcvbn score of at least 3 (PWD-3), with the same context words as user inputs.
 * Each refusal says why in one sentence, shown next to the password field.
 */
export const passwordLimits = { min: 15, max: 128, minScore: 3 } as const;

export type PasswordCheckInput = {
  password: string;
  confirmPassword?: string;
  username?: string;
  email?: string;
  names?: string[];
  /** Extra words to refuse on top of the base words and the branding's names. */
  contextWords?: string[];
};

export type PasswordCheckResult =
  | { ok: true }
  | { ok: false; field: "password" | "confirmPassword"; message: string };

/** Words refused in every password, with the agency, portal and state names of getBranding(). */
export const baseContextWords = ["kentucky", "educator", "kecs", "credential"];

function brandingWords(): string[] {
  const { agencyName, portalName, portalShortName, stateName } = getBranding();
  return [agencyName, portalName, portalShortName, stateName];
}

let commonPasswords: Set<string> | undefined;
/** The top of the ranked list: decorated forms of these ("Password123!") count as common too. */
let veryCommonPasswords: Set<string> | undefined;

/** zxcvbn's dictionaries are large: load them once, on first use, not at import. */
function setUp(): void {
  if (commonPasswords) return;
  zxcvbnOptions.setOptions({
    dictionary: common.dictionary,
    graphs: common.adjacencyGraphs,
  });
  commonPasswords = new Set(common.dictionary.passwords);
  veryCommonPasswords = new Set(common.dictionary.passwords.slice(0, 10_000));
}

export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

function codePoints(text: string): number {
  return [...text].length;
}

/**
 * True when the password is on the common-password list, ignoring case, or is a very common one
 * dressed up with a capital and trailing digits or symbols ("Password123!", "Dragon2024#").
 */
export function isCommonPassword(password: string): boolean {
  setUp();
  const lower = normalizePassword(password).toLowerCase();
  if (commonPasswords!.has(lower)) return true;
  const base = lower.replace(/[\d\p{P}\p{S}\s]+$/u, "").replace(/^[\d\p{P}\p{S}\s]+/u, "");
  return base.length >= 4 && veryCommonPasswords!.has(base);
}

/** The username, the email's local part and its pieces, and names: 3+ characters, lower case. */
function personalWords(input: PasswordCheckInput): { word: string; what: string }[] {
  const words: { word: string; what: string }[] = [];
  const add = (value: string | undefined, what: string) => {
    const word = value?.normalize("NFKC").trim().toLowerCase();
    if (word && codePoints(word) >= 3) words.push({ word, what });
  };
  add(input.username, "your username");
  const local = input.email?.split("@")[0];
  if (local) {
    add(local, "your email address");
    for (const part of local.split(/[^\p{L}\p{N}]+/u)) add(part, "your email address");
  }
  for (const name of input.names ?? []) {
    for (const part of name.split(/[^\p{L}\p{N}]+/u)) add(part, "your name");
  }
  for (const word of [...baseContextWords, ...brandingWords(), ...(input.contextWords ?? [])]) {
    // Whole names only: splitting "Kentucky Educator Credentialing System" would refuse "system".
    // zxcvbn gets the same words as user inputs, so partial use still lowers the score.
    add(word, `"${word}"`);
  }
  return words;
}

function compositionProblem(password: string): string | undefined {
  const missing: string[] = [];
  if (!/\p{Lu}/u.test(password)) missing.push("an uppercase letter");
  if (!/\p{Ll}/u.test(password)) missing.push("a lowercase letter");
  if (!/\p{Nd}/u.test(password)) missing.push("a number");
  if (!/[^\p{L}\p{N}\s]/u.test(password)) missing.push("a special character such as ! @ # or $");
  if (missing.length === 0) return undefined;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
  return `Your password must include ${list}`;
}

export function checkNewPassword(input: PasswordCheckInput): PasswordCheckResult {
  const refuse = (message: string): PasswordCheckResult => ({ ok: false, field: "password", message });
  const password = normalizePassword(input.password);
  const length = codePoints(password);
  if (length === 0) return refuse("Enter a password");
  if (length < passwordLimits.min) {
    return refuse(`Your password must be at least ${passwordLimits.min} characters long (it has ${length})`);
  }
  if (length > passwordLimits.max) {
    return refuse(`Your password must be ${passwordLimits.max} characters or fewer (it has ${length})`);
  }
  const composition = compositionProblem(password);
  if (composition) return refuse(composition);
  if (isCommonPassword(password)) {
    return refuse("This password is too common and appears in lists used to break into accounts; choose another");
  }
  const lower = password.toLowerCase();
  const personal = personalWords(input);
  const contained = personal.find(({ word }) => lower.includes(word));
  if (contained) return refuse(`Your password must not contain ${contained.what}`);
  const result = zxcvbn(password, personal.map(({ word }) => word));
  if (result.score < passwordLimits.minScore) {
    return refuse(weakPasswordMessage(result.feedback.warning));
  }
  if (input.confirmPassword !== undefined && normalizePassword(input.confirmPassword) !== password) {
    return { ok: false, field: "confirmPassword", message: "The passwords do not match" };
  }
  return { ok: true };
}

/**
 * Zod pieces for forms that set a password: both fields are plain strings here, and the policy runs
 * in a superRefine so its single message lands on the right field.
 */
export const newPasswordFields = {
  password: z.string().max(1_000, "Your password must be 128 characters or fewer"),
  confirmPassword: z.string(),
};

export function refineNewPassword(
  value: { password: string; confirmPassword: string },
  context: z.RefinementCtx,
  extra: Omit<PasswordCheckInput, "password" | "confirmPassword"> = {},
): void {
  if (!value.confirmPassword) {
    context.addIssue({ code: "custom", path: ["confirmPassword"], message: "Confirm your password" });
  }
  const result = checkNewPassword({ ...extra, password: value.password, confirmPassword: value.confirmPassword || undefined });
  if (!result.ok) context.addIssue({ code: "custom", path: [result.field], message: result.message });
}
