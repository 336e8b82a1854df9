import { addYears } from "@/lib/platform/clock";
import type { CredentialRank } from "@/lib/platform/db/schema/enums";

/**
 * What approving each application type does to the educator's credentials (issue 15 item 2):
 * - "new": a new certificate, numbered from the sequence, of the type, area and rank the reviewer picks;
 * - "renew": the certificate named in the answers runs for another validity period from its expiration;
 * - "rank": the named certificate takes the rank the answers' basis earns;
 * - "none": nothing changes on the record (a duplicate is a new copy of the same certificate).
 * A type the agency adds later without a rule issues nothing until one is written here.
 */
export type IssueRule = "new" | "renew" | "rank" | "none";

const rules: Record<string, IssueRule> = {
  initial: "new",
  "add-area": "new",
  emergency: "new",
  renewal: "renew",
  "rank-change": "rank",
  duplicate: "none",
};

export function issueRuleFor(typeCode: string): IssueRule {
  return rules[typeCode] ?? "none";
}

/** Kentucky's rank ladder: a master's earns Rank II; Rank I hours or National Board earn Rank I. */
export function rankEarnedBy(basis: string | undefined): CredentialRank | null {
  if (basis === "masters") return "II";
  if (basis === "rank-one-hours" || basis === "national-board") return "I";
  return null;
}

const defaultValidityYears = 5;

/**
 * The renewed expiration date: another validity period from the current expiration (renewing early
 * loses no time); a certificate already expired runs from today, so it never comes back expired.
 */
export function renewedExpiration(current: string | null, validityYears: number | null, today: string): string {
  const from = current && current >= today ? current : today;
  return addYears(from, validityYears ?? defaultValidityYears);
}

/** A new certificate's dates: effective today, expiring after the type's validity (none: never, e.g. emeritus). */
export function newCertificateDates(validityYears: number | null, today: string): { effectiveDate: string; expirationDate: string | null } {
  return { effectiveDate: today, expirationDate: validityYears === null ? null : addYears(today, validityYears) };
}

