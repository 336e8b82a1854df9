import "server-only";
import { asc, eq, lt, sql } from "drizzle-orm";
import { db as appDb, type Executor } from "@/lib/platform/db/client";
import { recoveryRequests } from "@/lib/platform/db/schema";
import { log } from "@/lib/platform/observability/log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { decryptPii, encryptPii } from "@/lib/platform/security/pii";
import { deliverUsernameReminder } from "./forgot-username";
import { deliverPasswordReset } from "./request-password-reset";

/**
 * The queue between the recovery forms and the background deliverer (TOK-5, ASVS 6.3.8). The request
 * path writes one sealed row and answers, so a real account and an unknown one cost the same
 * statements and the same time; which accounts match, the token, the email and the audit happen in
 * the deliverer, out of the request's sight. Each row is worked and deleted in one transaction
 * (`FOR UPDATE SKIP LOCKED`, so instances share the queue); a row that keeps failing is dropped after
 * MAX_ATTEMPTS, logged without what was typed.
 */
export type RecoveryKind = "password" | "username";
const MAX_ATTEMPTS = 5;

export async function queueRecoveryRequest(kind: RecoveryKind, typed: string, request: RequestFacts, executor: Executor = appDb): Promise<void> {
  const sealed = encryptPii(typed, "recovery-request");
  await executor.insert(recoveryRequests).values({
    kind,
    typedCiphertext: sealed.ciphertext,
    typedKeyId: sealed.keyId,
    ip: request.ip,
    userAgent: request.userAgent?.slice(0, 300) ?? null,
  });
}

/** Works one waiting request in a transaction of its own; false when none is waiting. */
async function workOne(executor: Executor): Promise<boolean> {
  let failedId: string | null = null;
  try {
    return await executor.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(recoveryRequests)
        .where(lt(recoveryRequests.attempts, MAX_ATTEMPTS))
        .orderBy(asc(recoveryRequests.createdAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!row) return false;
      failedId = row.id;
      const typed = decryptPii(row.typedCiphertext, row.typedKeyId, "recovery-request");
      const request: RequestFacts = { ip: row.ip, userAgent: row.userAgent };
      if (row.kind === "password") await deliverPasswordReset(tx, typed, request);
      else await deliverUsernameReminder(tx, typed, request);
      await tx.delete(recoveryRequests).where(eq(recoveryRequests.id, row.id));
      return true;
    });
  } catch (error) {
    if (!failedId) throw error;
    log.error("recovery-request.failed", { error });
    await executor.update(recoveryRequests).set({ attempts: sql`${recoveryRequests.attempts} + 1` }).where(eq(recoveryRequests.id, failedId));
    return true;
  }
}

/** Works every waiting request (the background loop calls it each tick, before sending mail). Returns how many. */
export async function deliverRecoveryRequests(executor: Executor = appDb): Promise<number> {
  let worked = 0;
  while (await workOne(executor)) worked += 1;
  // Rows past their attempts are of no further use; keep nothing typed longer than needed.
  await executor.delete(recoveryRequests).where(sql`${recoveryRequests.attempts} >= ${MAX_ATTEMPTS}`);
  return worked;
}
