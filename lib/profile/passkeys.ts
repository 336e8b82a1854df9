import "server-only";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { and, eq } from "drizzle-orm";
import { confirmRecentAuthentication } from "@/lib/auth/reauthentication";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db } from "@/lib/platform/db/client";
import { totpFactors, users } from "@/lib/platform/db/schema";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hasSecondFactor, mayRemoveOneFactor, secondFactorCount } from "@/lib/second-factor/factors";
import { finishRegistration, PASSKEY_NAME_MAX, registrationOptionsFor, removePasskey, renamePasskey } from "@/lib/second-factor/passkeys";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { issueRecoveryCodes, removeRecoveryCodes } from "@/lib/second-factor/recovery-codes";
import { noteSecondFactorChange as notify } from "@/lib/second-factor/security-email";
import { lastFactorRequired, type RecoveryCodesOutcome } from "./second-factor";

/**
 * Passkeys on the profile's Security section (issue 14 item 3). Adding is two calls: the first passes
 * the SES-7 gate and returns the browser's options with a challenge bound to this account and browser;
 * the second brings the authenticator's answer, which only that challenge (two minutes, single use)
 * accepts, so the gate cannot be skipped. Removing passes the gate too; renaming only needs the session.
 */
export type PasskeyOptionsOutcome = { options: PublicKeyCredentialCreationOptionsJSON };

function nameError(name: string | undefined): string | null {
  const trimmed = name?.trim() ?? "";
  if (!trimmed) return "Enter a name for this passkey, so you can tell it apart later";
  if (trimmed.length > PASSKEY_NAME_MAX) return `Enter a name of ${PASSKEY_NAME_MAX} characters or fewer`;
  return null;
}

export async function beginPasskeyFor(
  userId: string,
  authTime: number,
  values: Record<string, string>,
  request: RequestFacts,
  browserKey: string,
): Promise<ActionState<string, PasskeyOptionsOutcome>> {
  const badName = nameError(values.passkeyName);
  if (badName) return errorState({ passkeyName: badName }, { passkeyName: values.passkeyName ?? "" });
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "passkey-add", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, { passkeyName: values.passkeyName ?? "" });
  const [user] = await db.select({ username: users.username }).from(users).where(eq(users.id, userId));
  if (!user) return errorState({}, {}, "Your account was not found.");
  const options = await registrationOptionsFor({ id: userId, username: user.username }, browserKey);
  await recordAudit({ event: "second-factor.passkey-setup-started", outcome: "info", userId, request });
  return { status: "ok", fieldErrors: {}, values: { passkeyName: values.passkeyName ?? "" }, outcome: { options } };
}

function parsedResponse(text: string | undefined): RegistrationResponseJSON | null {
  try {
    const value = JSON.parse(text ?? "") as RegistrationResponseJSON;
    return value && typeof value.id === "string" && typeof value.response === "object" ? value : null;
  } catch {
    return null;
  }
}

/** Stores the passkey the browser made; a first factor also brings ten recovery codes, shown once. */
export async function finishPasskeyFor(userId: string, values: Record<string, string>, request: RequestFacts, browserKey: string): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const badName = nameError(values.passkeyName);
  const response = parsedResponse(values.passkeyResponse);
  if (badName || !response) return errorState({}, {}, "The passkey could not be added. Try again.");
  return db.transaction(async (tx) => {
    const first = !(await hasSecondFactor(userId, tx));
    const passkey = await finishRegistration(userId, response, values.passkeyName!, browserKey, tx);
    if (!passkey) return errorState({}, {}, "The passkey could not be added. Try again, and use it within two minutes.");
    const recoveryCodes = first ? await issueRecoveryCodes(userId, tx) : [];
    await notify(tx, userId, "passkey-added", request, passkey.name);
    return { status: "ok" as const, fieldErrors: {}, values: {}, outcome: { recoveryCodes } };
  });
}

/** Renames a passkey (its id) or the authenticator app ("authenticator"); the account is emailed. */
export async function renameSecondFactorFor(userId: string, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  const badName = nameError(values.methodName)?.replace("this passkey", "it");
  if (badName) return errorState({ methodName: badName }, { methodName: values.methodName ?? "" });
  const name = values.methodName!.trim();
  return db.transaction(async (tx) => {
    if (values.methodId === "authenticator") {
      const renamed = await tx.update(totpFactors).set({ name }).where(and(eq(totpFactors.userId, userId))).returning({ userId: totpFactors.userId });
      if (renamed.length === 0) return errorState({}, {}, "There is no authenticator app to rename.");
      await notify(tx, userId, "authenticator-renamed", request, name);
    } else {
      if (!(await renamePasskey(userId, values.methodId ?? "", name, tx))) return errorState({}, {}, "That passkey was not found.");
      await notify(tx, userId, "passkey-renamed", request, name);
    }
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}

/** Removes one passkey (SES-7 first); never the last factor where one is required (MFA-9). */
export async function removePasskeyFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  if (secondFactorRequired() && (await secondFactorCount(userId)) <= 1) return errorState({}, {}, lastFactorRequired);
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "passkey-remove", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  return db.transaction(async (tx) => {
    if (!(await mayRemoveOneFactor(tx, userId, secondFactorRequired()))) return errorState({}, {}, lastFactorRequired);
    const name = await removePasskey(userId, values.passkeyId ?? "", tx);
    if (name === null) return errorState({}, {}, "That passkey was not found.");
    if (!(await hasSecondFactor(userId, tx))) await removeRecoveryCodes(userId, tx);
    await notify(tx, userId, "passkey-removed", request, name);
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}
