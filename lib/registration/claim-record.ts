import "server-only";
import { db } from "@/lib/platform/db/client";
import { isUsernameTaken, violatedUniqueConstraint } from "@/lib/accounts/username";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { hitRateLimit, peekRateLimit, ruleFor } from "@/lib/platform/security/rate-limit";
import { secondsUntil } from "@/lib/platform/security/retry-after";
import { claimFormSchema, validateAccountForm } from "./account-form";
import { insertAccount, type CreatedAccount } from "./account-writes";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { consumeClaim, readClaim, type ClaimProblem } from "./claims";
import { warnOfClaimAfterFailedSearches } from "./failed-searches";
import { registrationLimits } from "./limits";
import { registrationMessages as text } from "./messages";

export type ClaimOutcome =
  | ({ kind: "created"; username: string } & CreatedAccount)
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  | { kind: "claim-invalid"; problem: ClaimProblem }
  | { kind: "already-claimed" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * "This is me!" → account (REG-6, REG-7). The claim token must be this browser's, unexpired and
 * unused; it is consumed in the same transaction that creates the account, so a refused password
 * keeps it usable, and of two concurrent claims of one record exactly one commits (the unique index
 * on users.educator_id decides; the loser's transaction rolls back and it is told plainly). A record
 * that had failed searches in the last day warns its address on file, unseen by the claimer (REG-4).
 */
export async function claimRecord(
  token: string | undefined,
  browserBinding: string | undefined,
  values: Record<string, string>,
  request: RequestFacts,
): Promise<ClaimOutcome> {
  const claim = await readClaim(db, token, browserBinding);
  if (!claim.ok) {
    await recordAudit({ event: "account.claim", outcome: "refused", request, details: { reason: `claim-${claim.problem}` } });
    return { kind: "claim-invalid", problem: claim.problem };
  }
  const { educatorId, firstName, lastName } = claim.record;
  const rule = ruleFor("account-claim-target", registrationLimits["account-claim-target"]);
  const failures = await peekRateLimit("account-claim-target", educatorId);
  if (failures.count >= rule.max) {
    await recordAudit({ event: "account.claim", outcome: "refused", educatorId, request, details: { limiter: "account-claim-target" } });
    return { kind: "rate-limited", retryAfterSeconds: secondsUntil(failures.resetsAt) };
  }

  const form = validateAccountForm(claimFormSchema, values, [firstName, lastName]);
  if (!form.ok) return { kind: "invalid", fieldErrors: form.fieldErrors };
  const { username, email, password } = form.data;
  if (await isUsernameTaken(db, username)) return { kind: "invalid", fieldErrors: { username: text.usernameTaken } };

  // Hashing (argon2id) happens before the transaction, so no row lock is held while it runs.
  const passwordHash = await hashPassword(password);
  try {
    const created = await db.transaction(async (tx) => {
      const claimedId = await consumeClaim(tx, token!, browserBinding!);
      if (claimedId !== educatorId) return null;
      const account = await insertAccount(tx, { educatorId, username, email, name: `${firstName} ${lastName}`, passwordHash }, "account.claim", request);
      await warnOfClaimAfterFailedSearches(tx, educatorId, request);
      return account;
    });
    if (!created) return failedClaim(educatorId, request, { kind: "claim-invalid", problem: "used" });
    return { kind: "created", username, ...created };
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === "users_username_lower_key") return { kind: "invalid", fieldErrors: { username: text.usernameTaken } };
    if (constraint === "users_educator_id_key") return failedClaim(educatorId, request, { kind: "already-claimed" });
    throw error;
  }
}

async function failedClaim(educatorId: string, request: RequestFacts, outcome: ClaimOutcome): Promise<ClaimOutcome> {
  await hitRateLimit("account-claim-target", educatorId, registrationLimits["account-claim-target"]);
  await recordAudit({ event: "account.claim", outcome: "failure", educatorId, request, details: { reason: outcome.kind } });
  return outcome;
}
