import "server-only";
import { eq } from "drizzle-orm";
import { accountLockedMessage } from "@/components/emails/account-locked";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { appLink } from "@/lib/platform/email/app-link";
import { consumeToken, issueToken } from "@/lib/platform/tokens/one-time-tokens";
import { clearEveryLock } from "./failure-store";

/** The hard cap was reached (RL-11): email the owner an unlock link, in one transaction with the token. */
export async function onHardCap(userId: string, email: string, request: RequestFacts): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ username: users.username }).from(users).where(eq(users.id, userId));
    if (!user) return;
    const token = await issueToken(tx, { purpose: "account_unlock", userId, email });
    await enqueueEmail(
      tx,
      accountLockedMessage(email, { username: user.username, unlockUrl: appLink("/unlock", { token }), resetUrl: appLink("/forgot-password") }),
    );
    await recordAudit({ event: "account.locked", outcome: "locked", userId, request }, tx);
  });
}

/** Uses an unlock link: the account's failures and locks are cleared. False for a dead link. */
export async function unlockWithToken(token: string, request: RequestFacts): Promise<boolean> {
  return db.transaction(async (tx) => {
    const used = await consumeToken("account_unlock", token, tx);
    if (!used) return false;
    await clearEveryLock(used.userId, tx);
    await recordAudit({ event: "account.unlocked", outcome: "success", userId: used.userId, request }, tx);
    return true;
  });
}
