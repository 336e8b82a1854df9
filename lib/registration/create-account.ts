import "server-only";
import { db } from "@/lib/platform/db/client";
import { isUsernameTaken, violatedUniqueConstraint } from "@/lib/accounts/username";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { findEducatorIdsBySsn, insertEducator } from "@/lib/records/lookup";
import { verifyCaptcha } from "@/lib/platform/security/captcha";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { createFormSchema, validateAccountForm } from "./account-form";
import { insertAccount, type CreatedAccount } from "./account-writes";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { registrationLimits } from "./limits";
import { registrationMessages as text } from "./messages";
import { notifyRecordOwner } from "./owner-notices";

export type CreateOutcome =
  | ({ kind: "created"; username: string } & CreatedAccount)
  /** `captchaSpent`: the captcha was checked (and so used up); the form must show a fresh one. */
  | { kind: "invalid"; fieldErrors: Record<string, string>; captchaSpent: boolean }
  | { kind: "ssn-in-use" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * "Create new account": a new educator record and its account in one transaction (REG-6). An SSN
 * that already belongs to a record, found before or lost in a race on the unique fingerprint index,
 * ends the same way (REG-5): the person is told only that no account could be created with these
 * details, and the record's owner, if it has one, is emailed.
 */
export async function createAccountWithRecord(
  values: Record<string, string>,
  captcha: string | null,
  request: RequestFacts,
): Promise<CreateOutcome> {
  const form = validateAccountForm(createFormSchema, values, []);
  if (!form.ok) return { kind: "invalid", fieldErrors: form.fieldErrors, captchaSpent: false };
  const input = form.data;

  const limit = await hitRateLimit("account-create-ip", request.ip, registrationLimits["account-create-ip"]);
  if (!limit.allowed) {
    await recordAudit({ event: "account.create", outcome: "refused", request, details: { limiter: "account-create-ip" } });
    return { kind: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  if (!(await verifyCaptcha(captcha, "account-create"))) return { kind: "invalid", fieldErrors: { altcha: text.captchaFailed }, captchaSpent: true };
  if (await isUsernameTaken(db, input.username)) return { kind: "invalid", fieldErrors: { username: text.usernameTaken }, captchaSpent: true };

  // Hashed before the duplicate check too, so both answers take the same time.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await findEducatorIdsBySsn(db, input.ssn);
  if (existing) return ssnInUse(existing, request);

  const rows = buildEducatorRows({
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: input.dateOfBirth,
    ssn: input.ssn,
    source: "registration",
  });
  const name = `${rows.names[0]!.firstName} ${rows.names[0]!.lastName}`;
  try {
    const created = await db.transaction(async (tx) => {
      await insertEducator(tx, rows);
      return insertAccount(tx, { educatorId: rows.educator.id, username: input.username, email: input.email, name, passwordHash }, "account.create", request);
    });
    return { kind: "created", username: input.username, ...created };
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === "users_username_lower_key") return { kind: "invalid", fieldErrors: { username: text.usernameTaken }, captchaSpent: true };
    if (constraint === "educators_ssn_fingerprint_key") {
      const [winner] = await findEducatorIdsBySsn(db, input.ssn);
      if (winner) return ssnInUse(winner, request);
    }
    throw error;
  }
}

async function ssnInUse(educatorId: string, request: RequestFacts): Promise<CreateOutcome> {
  await db.transaction(async (tx) => {
    const emailed = await notifyRecordOwner(tx, educatorId, "duplicate-ssn");
    await recordAudit({ event: "account.create", outcome: "refused", educatorId, request, details: { reason: "duplicate-ssn", ownerEmailed: emailed } }, tx);
  });
  return { kind: "ssn-in-use" };
}
