import "server-only";
import { now } from "@/lib/platform/clock";
import type { Executor } from "@/lib/platform/db/client";
import { passwordHashes, users } from "@/lib/platform/db/schema";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { issueSessionTicket } from "@/lib/auth/session-ticket";
import { sendConfirmationEmail } from "./email-confirmation";

export type NewAccount = {
  educatorId: string;
  username: string;
  /** Already normalised (lib/platform/forms/email.ts normalizeEmail). */
  email: string;
  name: string;
  passwordHash: string;
};

/**
 * Writes an account for a record, inside the caller's transaction: the user row (its unique indexes
 * decide races: one account per record, one username ignoring case), the password hash in its own
 * table, the confirmation token and its email in the outbox, the audit event and the ticket that starts
 * the new account's first session. Either all of it commits with the claim or record, or none of it does.
 */
export type CreatedAccount = { userId: string; sessionTicket: string };

export async function insertAccount(tx: Executor, account: NewAccount, event: string, request: RequestFacts): Promise<CreatedAccount> {
  const at = now();
  const [user] = await tx
    .insert(users)
    .values({
      educatorId: account.educatorId,
      username: account.username,
      email: account.email,
      name: account.name,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: users.id });
  const userId = user!.id;
  await tx.insert(passwordHashes).values({ userId, hash: account.passwordHash, updatedAt: at });
  await sendConfirmationEmail(tx, { userId, email: account.email, name: account.name });
  await recordAudit({ event, outcome: "success", userId, educatorId: account.educatorId, request }, tx);
  // The person proved who they are a moment ago (REG-6): their first session starts from this ticket
  // (lib/auth/session-ticket.ts), not from a second password check.
  const sessionTicket = await issueSessionTicket(tx, userId, account.email);
  return { userId, sessionTicket };
}
