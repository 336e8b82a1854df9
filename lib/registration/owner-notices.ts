import "server-only";
import { eq } from "drizzle-orm";
import { duplicateSsnAttemptMessage } from "@/components/emails/duplicate-ssn-attempt";
import { someoneSearchedYourRecordMessage } from "@/components/emails/someone-searched-your-record";
import { getConfig } from "@/lib/platform/config/env";
import type { Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { registrationLimits } from "./limits";

export type OwnerNotice = "record-searched" | "duplicate-ssn";

/**
 * Tells a record's account holder that someone searched for their record (NOTIF-4) or tried to
 * create an account with its SSN (REG-5). A record without an account has nobody to tell. At most a
 * few such emails a day per record, so repeated searches cannot flood an inbox.
 * Returns whether an email was queued.
 */
export async function notifyRecordOwner(executor: Executor, educatorId: string, notice: OwnerNotice): Promise<boolean> {
  const [owner] = await executor
    .select({ email: users.email, name: users.name, username: users.username })
    .from(users)
    .where(eq(users.educatorId, educatorId))
    .limit(1);
  if (!owner) return false;
  const budget = await hitRateLimit("record-searched-email", educatorId, registrationLimits["record-searched-email"], executor);
  if (!budget.allowed) return false;
  const appUrl = getConfig().APP_URL;
  const props = { name: owner.name ?? owner.username, signInUrl: `${appUrl}/`, supportUrl: `${appUrl}/support` };
  const message =
    notice === "record-searched" ? someoneSearchedYourRecordMessage(owner.email, props) : duplicateSsnAttemptMessage(owner.email, props);
  await enqueueEmail(executor, message);
  return true;
}
