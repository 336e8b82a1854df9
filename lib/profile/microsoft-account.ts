import "server-only";
import { and, eq } from "drizzle-orm";
import { microsoftUnlinkedMessage } from "@/components/emails/microsoft-unlinked";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { MICROSOFT_PROVIDER_ID } from "@/lib/auth/microsoft-provider";
import { startMicrosoftLinkIntent } from "@/lib/auth/microsoft-link-intent";
import { needsPasswordAgain } from "@/lib/auth/recent-sign-in";
import { confirmRecentAuthentication } from "@/lib/auth/reauthentication";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts, users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { appLink } from "@/lib/platform/email/app-link";
import { profileMessages as text } from "./messages";

export type MicrosoftLinkStatus = { configured: boolean; linkedSince: Date | null; passwordNeeded: boolean };

const microsoftOf = (userId: string) => and(eq(accounts.userId, userId), eq(accounts.provider, MICROSOFT_PROVIDER_ID));

/** Whether Microsoft sign-in exists here, whether this account has a Microsoft account linked, and the SES-7 state. */
export async function microsoftLinkStatusFor(userId: string, authTime: number): Promise<MicrosoftLinkStatus> {
  const [linked] = await db.select({ createdAt: accounts.createdAt }).from(accounts).where(microsoftOf(userId)).limit(1);
  return { configured: getConfig().microsoftConfigured, linkedSince: linked?.createdAt ?? null, passwordNeeded: needsPasswordAgain(authTime) };
}

/**
 * "Link Microsoft account": after the SES-7 gate, records the link intent (this user, this browser);
 * the caller then starts the Microsoft sign-in, whose callback links the identity it returns.
 */
export async function startMicrosoftLinkFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  if (!getConfig().microsoftConfigured) return errorState({}, {}, text.microsoftUnavailable);
  const [linked] = await db.select({ userId: accounts.userId }).from(accounts).where(microsoftOf(userId)).limit(1);
  if (linked) return errorState({}, {}, text.microsoftAlreadyLinked);
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "microsoft-link", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  await startMicrosoftLinkIntent(userId);
  await recordAudit({ event: "microsoft.link_started", outcome: "success", userId, request });
  return { status: "ok", fieldErrors: {}, values: {} };
}

/** "Unlink": after the SES-7 gate, removes the Microsoft sign-in from this account; audited and emailed (NOTIF-3). */
export async function unlinkMicrosoftFor(userId: string, authTime: number, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  const gate = await confirmRecentAuthentication(userId, authTime, values.currentPassword ?? "", "microsoft-unlink", request);
  if (!gate.ok) return errorState({ currentPassword: gate.message }, {});
  const removed = await db.transaction(async (tx) => {
    const rows = await tx.delete(accounts).where(microsoftOf(userId)).returning({ userId: accounts.userId });
    if (rows.length === 0) return false;
    const [user] = await tx.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
    await recordAudit({ event: "microsoft.unlinked", outcome: "success", userId, request }, tx);
    if (user) await enqueueEmail(tx, microsoftUnlinkedMessage(user.email, { username: user.username, supportUrl: appLink("/support") }));
    return true;
  });
  return removed ? { status: "ok", fieldErrors: {}, values: {} } : errorState({}, {}, text.microsoftNotLinked);
}
