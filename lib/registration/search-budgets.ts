import "server-only";
import { claimTargetValue, fingerprint, nameAndSsnTargetValue } from "@/lib/platform/security/pii";
import { ipLimitSubject } from "@/lib/platform/security/client-ip";
import { hitRateLimit, refundRateLimit } from "@/lib/platform/security/rate-limit";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { registrationLimits, type RegistrationLimiter } from "./limits";
import type { AccountSearchInput } from "./search-form";

/** One budget a search is charged to; `perPerson` ones are given back when the search finds its record. */
type SearchBudget = { limiter: RegistrationLimiter; subject: string; perPerson: boolean };

export type SearchCharge = { allowed: true; refundPerPerson: () => Promise<void> } | { allowed: false; limiter: RegistrationLimiter; retryAfterSeconds: number };

/** The person a search is about, whatever last four was typed: REG-4's target, keyed (never plain). */
export function searchTarget(input: AccountSearchInput): string {
  return fingerprint("claim-target", claimTargetValue(input)).value;
}

function budgetsOf(input: AccountSearchInput, browserBinding: string, request: RequestFacts): SearchBudget[] {
  const nameAndSsn = nameAndSsnTargetValue({ lastName: input.lastName, ssnLastFour: input.lastFourSsn });
  return [
    { limiter: "account-search-ip", subject: ipLimitSubject(request.ip), perPerson: false },
    { limiter: "account-search-browser", subject: browserBinding, perPerson: false },
    { limiter: "account-search-target", subject: searchTarget(input), perPerson: true },
    { limiter: "account-search-name-ssn4", subject: fingerprint("claim-target", nameAndSsn).value, perPerson: true },
  ];
}

/**
 * Charges a search to every budget BEFORE any record is read (REG-4, RL-10): each charge is one
 * atomic upsert that returns the new count, so twenty parallel searches cannot all pass a check made
 * before any of them was counted. The first exhausted budget refuses (later ones are not charged).
 * The caller gives the per-person charges back (`refundPerPerson`) when the outcome was not a failed
 * search: a record found, or a captcha refused before the lookup.
 */
export async function chargeSearch(input: AccountSearchInput, browserBinding: string, request: RequestFacts): Promise<SearchCharge> {
  const charged: SearchBudget[] = [];
  for (const budget of budgetsOf(input, browserBinding, request)) {
    const outcome = await hitRateLimit(budget.limiter, budget.subject, registrationLimits[budget.limiter]);
    if (!outcome.allowed) return { allowed: false, limiter: budget.limiter, retryAfterSeconds: outcome.retryAfterSeconds };
    charged.push(budget);
  }
  const refundPerPerson = async () => {
    for (const budget of charged.filter((each) => each.perPerson)) await refundRateLimit(budget.limiter, budget.subject);
  };
  return { allowed: true, refundPerPerson };
}

/** Charges each record a search found (REG-4 per record); false when one of them is over its budget. */
export async function chargeFoundRecords(educatorIds: string[]): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  for (const educatorId of educatorIds) {
    const outcome = await hitRateLimit("account-search-record", educatorId, registrationLimits["account-search-record"]);
    if (!outcome.allowed) return { allowed: false, retryAfterSeconds: outcome.retryAfterSeconds };
  }
  return { allowed: true, retryAfterSeconds: 0 };
}
