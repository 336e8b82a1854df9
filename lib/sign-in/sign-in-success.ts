import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { auditInsert, type AuditEntry } from "@/lib/platform/audit/audit-log";
import { db, type Executor } from "@/lib/platform/db/client";
import { rateLimitCounters, users } from "@/lib/platform/db/schema";
import { noFailures } from "./failure-store";

export type SignInSuccess = {
  userId: string;
  at: Date;
  /** Counter rows a right password forgets: this source's lockout count and the (username, IP) budget (RL-1 "reset on success"). */
  forgetCounterKeys: string[];
  request: AuditEntry["request"];
};

/**
 * What a right password writes: the account's failure count and hard-cap lock cleared, its last
 * sign-in time, the counters it forgets, and the "sign-in success" audit event (LOG-1). One statement
 * (data-modifying CTEs), so it is atomic like a transaction and costs one round trip instead of seven
 * (begin, five statements, commit) on the sign-in's critical path.
 */
export async function recordSignInSuccess(success: SignInSuccess, executor: Executor = db): Promise<void> {
  const account = executor
    .update(users)
    .set({ ...noFailures, lastSignInAt: success.at })
    .where(eq(users.id, success.userId));
  const counters = executor.delete(rateLimitCounters).where(inArray(rateLimitCounters.key, success.forgetCounterKeys));
  const event = auditInsert({ event: "sign-in", outcome: "success", userId: success.userId, request: success.request }, executor);
  // getSQL(), not the builders themselves: embedded builders are parenthesised, which WITH refuses.
  await executor.execute(sql`with account as (${account.getSQL()}), counters as (${counters.getSQL()}) ${event.getSQL()}`);
}
