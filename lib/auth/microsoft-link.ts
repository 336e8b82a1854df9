import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { microsoftLinkedMessage } from "@/components/emails/microsoft-linked";
import { now } from "@/lib/clock";
import { getConfig } from "@/lib/config/env";
import { db, type Executor } from "@/lib/db/client";
import { accounts, pendingMicrosoftLinks, users } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "./audit";

const LIFETIME_SECONDS = 15 * 60;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

function cookieName(): string {
  return getConfig().APP_URL.startsWith("https://") ? "__Host-microsoft-link" : "microsoft-link";
}

/**
 * Keeps an unlinked Microsoft identity server-side (AJS-7): single use, 15 minutes, and bound to this
 * browser by an HttpOnly cookie holding the token and a browser secret (only their hashes are stored).
 */
export async function holdPendingMicrosoftLink(identity: { provider: string; providerAccountId: string; tenantId: string | null; displayEmail: string | null }) {
  const token = randomBytes(32).toString("base64url");
  const binding = randomBytes(16).toString("base64url");
  await db.insert(pendingMicrosoftLinks).values({
    ...identity,
    tokenHash: sha256(token),
    browserBindingHash: sha256(binding),
    expiresAt: new Date(now().getTime() + LIFETIME_SECONDS * 1000),
  });
  const https = getConfig().APP_URL.startsWith("https://");
  (await cookies()).set(cookieName(), `${token}.${binding}`, { httpOnly: true, sameSite: "lax", secure: https, path: "/", maxAge: LIFETIME_SECONDS });
}

async function cookieParts() {
  const [token, binding] = ((await cookies()).get(cookieName())?.value ?? "").split(".");
  return token && binding ? { token, binding } : null;
}

function live(parts: { token: string; binding: string }) {
  return and(
    eq(pendingMicrosoftLinks.tokenHash, sha256(parts.token)),
    eq(pendingMicrosoftLinks.browserBindingHash, sha256(parts.binding)),
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
 * Links this browser's pending Microsoft identity to `userId`, once: after a password sign-in on the
 * linking page, or (registration) right after the new account is created, in its transaction. Audited
 * and emailed (NOTIF-3). Returns false when there is nothing (or nothing live) to link.
 */
export async function linkPendingMicrosoftAccount(executor: Executor, userId: string): Promise<boolean> {
  const parts = await cookieParts();
  if (!parts) return false;
  const [pending] = await executor.update(pendingMicrosoftLinks).set({ consumedAt: now() }).where(live(parts)).returning();
  if (!pending) return false;
  const inserted = await executor
    .insert(accounts)
    .values({ userId, type: "oidc", provider: pending.provider, providerAccountId: pending.providerAccountId })
    .onConflictDoNothing()
    .returning({ userId: accounts.userId });
  if (inserted.length === 0) return false;
  const [user] = await executor.select({ username: users.username, email: users.email }).from(users).where(eq(users.id, userId));
  await recordAudit({ event: "microsoft.linked", outcome: "success", userId, details: { tenant: pending.tenantId } }, executor);
  if (user) await enqueueEmail(executor, microsoftLinkedMessage(user.email, { username: user.username, microsoftAccount: pending.displayEmail }));
  (await cookies()).delete(cookieName());
  return true;
}

/** The linking page's step after a password sign-in: the same link, in a transaction of its own. */
export function linkPendingMicrosoftAccountAfterSignIn(userId: string): Promise<boolean> {
  return db.transaction((tx) => linkPendingMicrosoftAccount(tx, userId));
}
