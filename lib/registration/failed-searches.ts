import "server-only";
import { eq } from "drizzle-orm";
import { recordClaimedAfterFailedSearchesMessage } from "@/components/emails/record-claimed-after-failed-searches";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { getConfig } from "@/lib/platform/config/env";
import type { Executor } from "@/lib/platform/db/client";
import { educators } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "@/lib/platform/security/rate-limit";
import { findUnclaimedRecordsByLastNameAndLastFour } from "@/lib/records/lookup";
import { registrationLimits } from "./limits";

const tally = "record-failed-search";

/**
 * REG-4 bookkeeping for a search that found nothing: one failed search is counted, for 24 hours, on
 * every unclaimed record with the searched last name and last four (so a wrong birth date or first
 * name still marks the record it was aimed at). It runs on every not-found search, whether or not
 * anything is counted, and changes nothing the searcher is told.
 */
export async function countFailedSearch(executor: Executor, input: { lastName: string; lastFourSsn: string }): Promise<void> {
  const aimedAt = await findUnclaimedRecordsByLastNameAndLastFour(executor, { lastName: input.lastName, ssnLastFour: input.lastFourSsn });
  for (const educatorId of aimedAt) await hitRateLimit(tally, educatorId, registrationLimits[tally], executor);
}

/**
 * On a claim (inside its transaction): a record that had failed searches in the last 24 hours and
 * has an address on file gets one warning email there, and the tally is cleared so the same searches
 * never warn twice. The claimer is told nothing different. Returns whether an email was queued.
 */
export async function warnOfClaimAfterFailedSearches(executor: Executor, educatorId: string, request: RequestFacts): Promise<boolean> {
  const failed = await peekRateLimit(tally, educatorId, executor);
  if (failed.count === 0) return false;
  const [record] = await executor.select({ emailOnFile: educators.emailOnFile }).from(educators).where(eq(educators.id, educatorId));
  await resetRateLimit(tally, educatorId, executor);
  const emailed = Boolean(record?.emailOnFile);
  if (record?.emailOnFile) {
    const appUrl = getConfig().APP_URL;
    await enqueueEmail(executor, recordClaimedAfterFailedSearchesMessage(record.emailOnFile, { signInUrl: `${appUrl}/`, supportUrl: `${appUrl}/support` }));
  }
  await recordAudit(
    { event: "account.claim.failed-search-warning", outcome: "info", educatorId, request, details: { failedSearches: failed.count, emailed } },
    executor,
  );
  return emailed;
}
