import "server-only";
import { and, eq, isNotNull, lte, sql } from "drizzle-orm";
import { secondFactorRemovalMessage } from "@/components/emails/second-factor-removal";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import { db, type Executor } from "@/lib/platform/db/client";
import { passkeys, secondFactorAccounts, users } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { consumeToken, issueToken, retireTokens } from "@/lib/platform/tokens/one-time-tokens";
import { removeAuthenticator } from "./authenticator";
import { removeRecoveryCodes } from "./recovery-codes";
import { noteSecondFactorChange } from "./security-email";

/**
 * "Can't use your second factor?" (MFA-12, login.gov's pattern). From the second step (so the
 * password was right), the person asks for an emailed link; the link, used, starts a 24-hour wait and
 * emails the account that its factors will be removed unless cancelled (with a cancel link). After the
 * wait, the next password sign-in needs no second factor and removes them all (audited, emailed).
 * Proof: the password, the mailbox, and 24 hours in which the owner can say "this wasn't me".
 */
export const REMOVAL_WAIT_HOURS = 24;
const requestLimit = { max: 3, windowSeconds: 60 * 60 };

async function accountOf(userId: string, executor: Executor = db) {
  const [user] = await executor.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
  return user;
}

/** Emails the link that starts the wait. Three a hour per account, so the mailbox is not flooded. */
export async function sendRemovalLink(userId: string, request: RequestFacts): Promise<"sent" | "throttled"> {
  const user = await accountOf(userId);
  if (!user) return "sent";
  if (!(await hitRateLimit("second-factor-removal-request", userId, requestLimit)).allowed) return "throttled";
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, { purpose: "second_factor_removal", userId, email: user.email });
    const url = appLink("/sign-in/second-factor/removal", { token });
    await enqueueEmail(tx, secondFactorRemovalMessage(user.email, { kind: "link", username: user.username, url, supportUrl: appLink("/support") }));
    await recordAudit({ event: "second-factor.removal-link-sent", outcome: "info", userId, request }, tx);
  });
  return "sent";
}

/** Uses the emailed link: the wait starts, the account is told (with the cancel link). The due time, or null for a dead link. */
export async function startRemovalWait(token: string, request: RequestFacts): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const holder = await consumeToken("second_factor_removal", token, tx);
    if (!holder) return null;
    const user = await accountOf(holder.userId, tx);
    if (!user) return null;
    const due = new Date(now().getTime() + REMOVAL_WAIT_HOURS * 60 * 60 * 1000);
    await tx
      .insert(secondFactorAccounts)
      .values({ userId: holder.userId, removalDueAt: due })
      .onConflictDoUpdate({ target: secondFactorAccounts.userId, set: { removalDueAt: due } });
    const cancel = await issueToken(tx, { purpose: "second_factor_removal_cancel", userId: holder.userId, email: user.email });
    await enqueueEmail(
      tx,
      secondFactorRemovalMessage(user.email, {
        kind: "scheduled",
        username: user.username,
        when: formatAgencyDateTime(due),
        cancelUrl: appLink("/sign-in/second-factor/cancel-removal", { token: cancel }),
        resetUrl: appLink("/forgot-password"),
        supportUrl: appLink("/support"),
      }),
    );
    await recordAudit({ event: "second-factor.removal-scheduled", outcome: "info", userId: holder.userId, request }, tx);
    return due;
  });
}

/** The cancel link in the warning email: the wait ends and nothing is removed. */
export async function cancelRemoval(token: string, request: RequestFacts): Promise<boolean> {
  return db.transaction(async (tx) => {
    const holder = await consumeToken("second_factor_removal_cancel", token, tx);
    if (!holder) return false;
    await tx.update(secondFactorAccounts).set({ removalDueAt: null }).where(eq(secondFactorAccounts.userId, holder.userId));
    await recordAudit({ event: "second-factor.removal-cancelled", outcome: "success", userId: holder.userId, request }, tx);
    return true;
  });
}

/**
 * At a sign-in whose password was right: if the account's wait is over, removes every factor and
 * recovery code (once: the conditional update clears the due time first) and says so.
 */
export async function removeFactorsIfDue(userId: string, request: RequestFacts | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [due] = await tx
      .update(secondFactorAccounts)
      .set({ removalDueAt: null })
      .where(and(eq(secondFactorAccounts.userId, userId), isNotNull(secondFactorAccounts.removalDueAt), lte(secondFactorAccounts.removalDueAt, sql`${now().toISOString()}::timestamptz`)))
      .returning({ userId: secondFactorAccounts.userId });
    if (!due) return false;
    await removeAuthenticator(userId, tx);
    await tx.delete(passkeys).where(eq(passkeys.userId, userId));
    await removeRecoveryCodes(userId, tx);
    await retireTokens(tx, "second_factor_removal_cancel", userId); // nothing left to cancel
    await noteSecondFactorChange(tx, userId, "all-removed-after-wait", request);
    return true;
  });
}

/** When a pending removal is due, for the second step's page ("removal on …; cancel from the email"). */
export async function removalDueAt(userId: string): Promise<Date | null> {
  const [row] = await db.select({ due: secondFactorAccounts.removalDueAt }).from(secondFactorAccounts).where(eq(secondFactorAccounts.userId, userId));
  return row?.due ?? null;
}
