import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { microsoftUnlinkedMessage } from "@/components/emails/microsoft-unlinked";
import { MICROSOFT_PROVIDER_ID } from "@/lib/auth/microsoft-provider";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { accounts, users } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { errorState } from "@/lib/platform/forms/action-state";
import { sendConfirmationEmail } from "@/lib/registration/email-confirmation";
import { clearEveryLock } from "@/lib/sign-in/failure-store";
import { recordStaffAudit } from "../audit";
import { requireStaff, type StaffActor } from "../guard";
import { doneState, type RecordActionState } from "./record-action-state";
import { recordMessages as text } from "./record-messages";
import { recordTargetFor } from "./record-target";

export const accountHelpFields = ["publicId"] as const;
type Values = Record<(typeof accountHelpFields)[number], string>;

/**
 * The frame of every account action on a record page (each asks requireStaff for its role first): the record's account, and the change
 * with its audit event (staffId, educatorId, userId) in one transaction. `change` answers what was
 * done, or null when there was nothing to do (which is said, and not audited).
 */
async function onAccount(actor: StaffActor, values: Values, event: string, change: (tx: Executor, userId: string) => Promise<string | { nothing: string }>): Promise<RecordActionState> {
  const outcome = await db.transaction(async (tx) => {
    const target = await recordTargetFor(values.publicId, tx);
    if (!target) return { nothing: text.noRecord };
    if (!target.userId) return { nothing: text.noAccount };
    const done = await change(tx, target.userId);
    if (typeof done === "string") await recordStaffAudit(actor, { event, educatorId: target.educatorId, userId: target.userId }, tx);
    return done;
  });
  return typeof outcome === "string" ? doneState(outcome) : (errorState({}, {}, outcome.nothing) as RecordActionState);
}

/** Support: a new confirmation link to the account's address (its own one-time token, TOK-1). */
export async function resendConfirmationForStaff(values: Values): Promise<RecordActionState> {
  return onAccount(await requireStaff("support"), values, "staff.confirmation-resent", async (tx, userId) => {
    const [user] = await tx.select({ email: users.email, name: users.name, username: users.username, verified: users.emailVerified }).from(users).where(eq(users.id, userId));
    if (user!.verified) return { nothing: "The account's email address is already confirmed." };
    await sendConfirmationEmail(tx, { userId, email: user!.email, name: user!.name ?? user!.username });
    return "A new confirmation email was sent to the account's address.";
  });
}

/** Support: clears every lock of the account, as the emailed unlock link does (lib/sign-in/unlock.ts). */
export async function unlockAccountForStaff(values: Values): Promise<RecordActionState> {
  return onAccount(await requireStaff("support"), values, "staff.account-unlocked", async (tx, userId) => {
    await clearEveryLock(userId, tx);
    return "The account was unlocked.";
  });
}

/**
 * Support or records: the account can no longer sign in (attempt-sign-in.ts) and every session ends
 * now: session_version moves on, and session-claims.ts refuses any session of a disabled account.
 */
export async function disableAccountForStaff(values: Values): Promise<RecordActionState> {
  return onAccount(await requireStaff("support", "records"), values, "staff.account-disabled", async (tx, userId) => {
    const rows = await tx
      .update(users)
      .set({ disabledAt: now(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .returning({ id: users.id });
    return rows.length > 0 ? "The account was disabled and its sessions ended." : { nothing: "The account is already disabled." };
  });
}

/** Support or records: the account can sign in again (with a fresh sign-in; old sessions stay ended). */
export async function enableAccountForStaff(values: Values): Promise<RecordActionState> {
  return onAccount(await requireStaff("support", "records"), values, "staff.account-enabled", async (tx, userId) => {
    const rows = await tx.update(users).set({ disabledAt: null }).where(and(eq(users.id, userId), isNotNull(users.disabledAt))).returning({ id: users.id });
    return rows.length > 0 ? "The account was re-enabled." : { nothing: "The account is not disabled." };
  });
}

/** Support: removes the Microsoft sign-in, and tells the owner by email as their own unlink does (NOTIF-3). */
export async function detachMicrosoftForStaff(values: Values): Promise<RecordActionState> {
  return onAccount(await requireStaff("support"), values, "staff.microsoft-detached", async (tx, userId) => {
    const rows = await tx.delete(accounts).where(and(eq(accounts.userId, userId), eq(accounts.provider, MICROSOFT_PROVIDER_ID))).returning({ userId: accounts.userId });
    if (rows.length === 0) return { nothing: "No Microsoft account is linked." };
    const [user] = await tx.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
    await enqueueEmail(tx, microsoftUnlinkedMessage(user!.email, { username: user!.username, supportUrl: appLink("/support") }));
    return "The Microsoft account was detached.";
  });
}
