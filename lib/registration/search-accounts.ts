import "server-only";
import { fieldErrorsOf } from "@/lib/platform/forms/action-state";
import { db } from "@/lib/platform/db/client";
import { searchRecords } from "@/lib/records/lookup";
import { verifyCaptcha } from "@/lib/platform/security/captcha";
import { claimTargetValue, fingerprint } from "@/lib/platform/security/pii";
import { hitRateLimit, peekRateLimit, ruleFor } from "@/lib/platform/security/rate-limit";
import { secondsUntil } from "@/lib/platform/security/retry-after";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { createClaim } from "./claims";
import { registrationLimits } from "./limits";
import { notifyRecordOwner } from "./owner-notices";
import { accountSearchSchema, type AccountSearchInput } from "./search-form";

export type SearchResultRow = { firstName: string; lastName: string; middleName: string | null; claimToken: string };

export type SearchOutcome =
  | { kind: "found"; rows: SearchResultRow[] }
  | { kind: "not-found" }
  | { kind: "already-registered" }
  | { kind: "captcha-failed" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * The search form as typed: checked against its schema first, so a typo costs no budget and sets no
 * cookie (the browser binding is only made, through `browserBinding`, once the input is good).
 */
export async function searchAccountsFromForm(
  values: Record<string, string>,
  captcha: string | null,
  browserBinding: () => Promise<string>,
  request: RequestFacts,
): Promise<SearchOutcome | { kind: "invalid"; fieldErrors: Record<string, string> }> {
  const parsed = accountSearchSchema.safeParse(values);
  if (!parsed.success) return { kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  return searchForAccount(parsed.data, captcha, await browserBinding(), request);
}

/** The person a search is about, whatever last four was typed: REG-4's target, keyed (never plain). */
export function searchTarget(input: AccountSearchInput): string {
  return fingerprint("claim-target", claimTargetValue(input)).value;
}

/**
 * The account search (REG-1..4, RL-9/10). Before the records are read: the per-IP budget, the
 * per-person budget of failed searches, and a fresh, single-use captcha (REG-2). Then one indexed
 * lookup that also matches former names. What comes back is only what the person typed plus the
 * middle name (REG-3), and for each unclaimed record an opaque claim token bound to this browser
 * (REG-7). A record that already has an account is never offered; its owner is emailed (NOTIF-4).
 */
export async function searchForAccount(
  input: AccountSearchInput,
  captcha: string | null,
  browserBinding: string,
  request: RequestFacts,
): Promise<SearchOutcome> {
  const ipLimit = await hitRateLimit("account-search-ip", request.ip, registrationLimits["account-search-ip"]);
  if (!ipLimit.allowed) return refused(request, "account-search-ip", ipLimit.retryAfterSeconds);

  const target = searchTarget(input);
  const targetRule = ruleFor("account-search-target", registrationLimits["account-search-target"]);
  const failures = await peekRateLimit("account-search-target", target);
  if (failures.count >= targetRule.max) {
    const retry = failures.resetsAt ? secondsUntil(failures.resetsAt) : targetRule.windowSeconds;
    return refused(request, "account-search-target", retry);
  }

  if (!(await verifyCaptcha(captcha, "account-search"))) {
    await recordAudit({ event: "account.search", outcome: "refused", request, details: { reason: "captcha" } });
    return { kind: "captcha-failed" };
  }

  const { firstName, lastName, dateOfBirth, lastFourSsn } = input;
  const matches = await searchRecords(db, { firstName, lastName, dateOfBirth, ssnLastFour: lastFourSsn });
  const open = matches.filter((match) => !match.hasAccount);
  const owned = matches.filter((match) => match.hasAccount);

  return db.transaction(async (tx) => {
    if (matches.length === 0) {
      await hitRateLimit("account-search-target", target, targetRule, tx);
      await recordAudit({ event: "account.search", outcome: "failure", request, details: { matches: 0 } }, tx);
      return { kind: "not-found" } as const;
    }
    for (const match of owned) {
      const emailed = await notifyRecordOwner(tx, match.educatorId, "record-searched");
      await recordAudit(
        { event: "account.search", outcome: "info", educatorId: match.educatorId, request, details: { alreadyRegistered: true, ownerEmailed: emailed } },
        tx,
      );
    }
    if (open.length === 0) return { kind: "already-registered" } as const;
    const rows: SearchResultRow[] = [];
    for (const match of open) {
      rows.push({
        firstName: match.firstName,
        lastName: match.lastName,
        middleName: match.middleName,
        claimToken: await createClaim(tx, match.educatorId, browserBinding),
      });
      await recordAudit({ event: "account.search", outcome: "success", educatorId: match.educatorId, request }, tx);
    }
    return { kind: "found", rows } as const;
  });
}

async function refused(request: RequestFacts, limiter: string, retryAfterSeconds: number): Promise<SearchOutcome> {
  await recordAudit({ event: "account.search", outcome: "refused", request, details: { limiter } });
  return { kind: "rate-limited", retryAfterSeconds };
}
