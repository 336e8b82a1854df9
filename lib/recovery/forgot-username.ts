import "server-only";
import { asc, eq } from "drizzle-orm";
import { noAccountMessage } from "@/components/emails/password-reset-no-account";
import { usernameReminderMessage } from "@/components/emails/username-reminder";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { appLink } from "@/lib/platform/email/app-link";
import { queueRecoveryRequest } from "./recovery-queue";
import { gateRecoveryRequest, type RequestGate } from "./request-limits";

/**
 * "Forgot Username?" (TOK-5, ASVS 6.3.8): the limits, then the request is queued and the page answers
 * at once; the same statements run whether or not an account uses the address (recovery-queue.ts).
 */
export async function sendUsernameReminder(email: string, request: RequestFacts): Promise<RequestGate> {
  const address = email.trim().toLowerCase();
  const gate = await gateRecoveryRequest("forgot-username", address, request.ip);
  if (!gate.allowed) return gate;
  await queueRecoveryRequest("username", address, request);
  return gate;
}

/**
 * The deliverer's half: one email to the address, listing every username on it or saying none does.
 * Audited in the same transaction as the email.
 */
export async function deliverUsernameReminder(tx: Executor, address: string, request: RequestFacts): Promise<void> {
  const rows = await tx.select({ id: users.id, username: users.username }).from(users).where(eq(users.email, address)).orderBy(asc(users.username));
  const message =
    rows.length > 0
      ? usernameReminderMessage(address, { usernames: rows.map((row) => row.username), signInUrl: appLink("/") })
      : noAccountMessage(address, { registerUrl: appLink("/register"), request: "username" });
  await enqueueEmail(tx, message);
  // One event per account the reminder names (none when the address has no account); no address in it.
  for (const row of rows) await recordAudit({ event: "username-reminder.sent", outcome: "success", userId: row.id, request, details: { accounts: rows.length } }, tx);
  if (rows.length === 0) await recordAudit({ event: "username-reminder.sent", outcome: "info", request, details: { accounts: 0 } }, tx);
}
