import "server-only";
import { now } from "@/lib/platform/clock";
import type { Executor } from "@/lib/platform/db/client";
import { passwordHashes, users } from "@/lib/platform/db/schema";
import { recordAudit, type RequestContext } from "./audit";
import { sendConfirmationEmail } from "./email-confirmation";

export type NewAccount = {
  educatorId: string;
  username: string;
  /** Already normalised (account-rules.ts normalizeEmail). */
  email: string;
  name: string;
  passwordHash: string;
};

/**
 * Writes an account for a record, inside the caller's transaction: the user row (its unique indexes
 * decide races: one account per record, one username ignoring case), the password hash in its own
 * table, the confirmation token and its email in the outbox, and the audit event. Either all of it
 * commits with the claim or record, or none of it does.
 */
export async function insertAccount(tx: Executor, account: NewAccount, event: string, context: RequestContext): Promise<string> {
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
  const { onAccountCreated, ...where } = context;
  await recordAudit({ event, outcome: "success", userId, educatorId: account.educatorId, ...where }, tx);
  await onAccountCreated?.(tx, userId);
  return userId;
}
