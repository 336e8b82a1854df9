import "server-only";
import { fieldErrorsOf } from "@/lib/platform/forms/action-state";
import { db } from "@/lib/platform/db/client";
import { searchRecords } from "@/lib/records/lookup";
import { verifyCaptcha } from "@/lib/platform/security/captcha";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { createClaim } from "./claims";
import { countFailedSearch } from "./failed-searches";
import { notifyRecordOwner } from "./owner-notices";
import { chargeFoundRecords, chargeSearch } from "./search-budgets";
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

/**
 * The account search (REG-1..4, RL-9/10). Before the records are read: the search is charged to the
 * per-IP (/64), per-browser and per-person budgets at once (search-budgets.ts; per person = name +
 * birth date, and last name + last four), and a fresh, single-use captcha is checked (REG-2). Then one
 * indexed lookup that also matches former names; a search that finds its record gets the per-person
 * charge back. What comes back is only the names as typed plus the middle name (REG-3), and for
 * each unclaimed record an opaque claim token bound to this browser (REG-7). A record that already has
 * an account is never offered; its owner is emailed (NOTIF-4). A search that finds nothing is tallied
 * against the records it was likely aimed at, for a warning if one is then claimed (failed-searches.ts).
 */
export async function searchForAccount(
  input: AccountSearchInput,
  captcha: string | null,
  browserBinding: string,
  request: RequestFacts,
): Promise<SearchOutcome> {
  const charge = await chargeSearch(input, browserBinding, request);
  if (!charge.allowed) return refused(request, charge.limiter, charge.retryAfterSeconds);

  if (!(await verifyCaptcha(captcha, "account-search"))) {
    await charge.refundPerPerson();
    await recordAudit({ event: "account.search", outcome: "refused", request, details: { reason: "captcha" } });
    return { kind: "captcha-failed" };
  }

  const { firstName, lastName, dateOfBirth, lastFourSsn } = input;
  const matches = await searchRecords(db, { firstName, lastName, dateOfBirth, ssnLastFour: lastFourSsn });
  if (matches.length > 0) {
    await charge.refundPerPerson();
    const perRecord = await chargeFoundRecords(matches.map((match) => match.educatorId));
    if (!perRecord.allowed) return refused(request, "account-search-record", perRecord.retryAfterSeconds);
  }
  const open = matches.filter((match) => !match.hasAccount);
  const owned = matches.filter((match) => match.hasAccount);

  return db.transaction(async (tx) => {
    if (matches.length === 0) {
      await countFailedSearch(tx, input);
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
        lastName: lastNameAsSearched(match.lastName, lastName),
        middleName: match.middleName,
        claimToken: await createClaim(tx, match.educatorId, browserBinding),
      });
      await recordAudit({ event: "account.search", outcome: "success", educatorId: match.educatorId, request }, tx);
    }
    return { kind: "found", rows } as const;
  });
}

/**
 * REG-3: the record's spelling when the person searched by the current last name (only case, accents
 * or punctuation differ), else the name as typed: a search by a former last name must not tell the
 * searcher the current one before "This is me!". The first name always matched the record's (the
 * search fingerprint covers it), so the record's spelling of it reveals nothing new.
 */
function lastNameAsSearched(current: string, typed: string): string {
  return normalizeName(current) === normalizeName(typed) ? current : typed;
}

async function refused(request: RequestFacts, limiter: string, retryAfterSeconds: number): Promise<SearchOutcome> {
  await recordAudit({ event: "account.search", outcome: "refused", request, details: { limiter } });
  return { kind: "rate-limited", retryAfterSeconds };
}
