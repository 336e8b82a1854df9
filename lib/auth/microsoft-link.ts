import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { microsoftLinkedMessage } from "@/components/emails/microsoft-linked";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { accounts, pendingMicrosoftLinks, users } from "@/lib/platform/db/schema";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { forgetBrowserBound, issueBrowserBound, readBrowserBound, type BrowserBoundHashes } from "./browser-bound";

const LIFETIME_SECONDS = 15 * 60;
const COOKIE = "microsoft-link";

/**
 * Keeps an unlinked Microsoft identity server-side (AJS-7): single use, 15 minutes, and bound to this
 * browser by an HttpOnly cookie holding the token and a browser secret (only their hashes are stored).
 */
export async function holdPendingMicrosoftLink(identity: { provider: string; providerAccountId: string; tenantId: string | null; displayEmail: string | null }) {
  await db.insert(pendingMicrosoftLinks).values({ ...identity, ...(await issueBrowserBound(COOKIE, LIFETIME_SECONDS)) });
}

const cookieParts = () => readBrowserBound(COOKIE);

function live(parts: BrowserBoundHashes) {
  return and(
    eq(pendingMicrosoftLinks.tokenHash, parts.tokenHash),
    eq(pendingMicrosoftLinks.browserBindingHash, parts.browserBindingHash),
    isNull(pendingMicrosoftLinks.consumedAt),
    gt(pendingMicrosoftLinks.expiresAt, sql`${now().toISOString()}::timestamptz`),
  );
}

/** The pending identity of this browser, for the linking page ("you signed in to Microsoft as …"). */
export async function pendingMicrosoftLink(): Promise<{ displayEmail: string | null } | null> {
  const parts = await cookieParts();
  if (!parts) return null;
  const [row] = await db.select({ displayEmail: pendingMicrosoftLinks.displayEmail }).from(pendingMicrosoftLinks).where(live(parts));
  return row ?? null;
}

/**
 * Links this browser's pending Microsoft identity to `userId`, once, in a transaction of its own: a
 * step the action takes after a password sign-in on the linking page, or right after registering
 * created the account when the person chose it (settlePendingMicrosoftLink). Audited and emailed (NOTIF-3). False when there is nothing (or nothing live) to link.
 */
export async function linkPendingMicrosoftAccount(userId: string, request: RequestFacts): Promise<boolean> {
  const parts = await cookieParts();
  if (!parts) return false;
  const linked = await db.transaction(async (tx) => {
    const [pending] = await tx.update(pendingMicrosoftLinks).set({ consumedAt: now() }).where(live(parts)).returning();
    return pending ? attachMicrosoftIdentity(tx, userId, pending, "sign-in", request) : false;
  });
  if (linked) await forgetBrowserBound(COOKIE);
  return linked;
}

/**
 * After registering in a browser holding a pending Microsoft identity (issue 11 item 6): the identity
 * is linked only when the person ticked "Also link the Microsoft account …" on the form; otherwise
 * it is discarded, so on a shared computer the next person's account never gets someone else's
 * Microsoft account by default. True when it was linked (the dashboard then confirms it, and the
 * NOTIF-3 email has gone out with the link).
 */
export async function settlePendingMicrosoftLink(userId: string, linkChosen: boolean, request: RequestFacts): Promise<boolean> {
  if (linkChosen) return linkPendingMicrosoftAccount(userId, request);
  const parts = await cookieParts();
  if (!parts) return false;
  await db.update(pendingMicrosoftLinks).set({ consumedAt: now() }).where(live(parts));
  await forgetBrowserBound(COOKIE);
  return false;
}

export type MicrosoftIdentity = { provider: string; providerAccountId: string; tenantId: string | null; displayEmail: string | null };

/**
 * Attaches a Microsoft identity to `userId` (keyed on provider and subject, AJS-6), with its audit
 * event and "a Microsoft account was linked" email (NOTIF-3). False when the identity is already
 * linked to an account (the primary key decides, so two racing links cannot both win).
 */
export async function attachMicrosoftIdentity(
  executor: Executor,
  userId: string,
  identity: MicrosoftIdentity,
  via: "sign-in" | "profile",
  request: RequestFacts | null,
): Promise<boolean> {
  const inserted = await executor
    .insert(accounts)
    .values({ userId, type: "oidc", provider: identity.provider, providerAccountId: identity.providerAccountId })
    .onConflictDoNothing()
    .returning({ userId: accounts.userId });
  if (inserted.length === 0) return false;
  const [user] = await executor.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
  await recordAudit({ event: "microsoft.linked", outcome: "success", userId, request, details: { tenant: identity.tenantId, via } }, executor);
  if (user) await enqueueEmail(executor, microsoftLinkedMessage(user.email, { username: user.username, microsoftAccount: identity.displayEmail }));
  return true;
}
