import "server-only";
import { eq } from "drizzle-orm";
import { secondFactorChangedMessage, type SecondFactorChange } from "@/components/emails/second-factor-changed";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";

/**
 * MFA-8: every change to the account's second factors is audited ("second-factor.<change>") and
 * emailed to the account's address with a "this wasn't me" path, in the change's own transaction.
 */
export async function noteSecondFactorChange(tx: Executor, userId: string, change: SecondFactorChange, request: RequestFacts | null, methodName?: string): Promise<void> {
  const [user] = await tx.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
  await recordAudit({ event: `second-factor.${change}`, outcome: "success", userId, request, details: methodName ? { methodName } : undefined }, tx);
  if (!user) return;
  const props = { username: user.username, when: formatAgencyDateTime(now()), change, methodName, resetUrl: appLink("/forgot-password"), supportUrl: appLink("/support") };
  await enqueueEmail(tx, secondFactorChangedMessage(user.email, props));
}
