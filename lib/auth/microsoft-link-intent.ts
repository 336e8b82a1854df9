import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { accounts, microsoftLinkIntents } from "@/lib/platform/db/schema";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { requestFacts, type RequestFacts } from "@/lib/platform/request/request-facts";
import { forgetBrowserBound, issueBrowserBound, readBrowserBound, type BrowserBoundHashes } from "./browser-bound";
import { attachMicrosoftIdentity, type MicrosoftIdentity } from "./microsoft-link";
import { currentSessionClaims } from "./session-read";

const COOKIE = "microsoft-link-intent";
/** Long enough to sign in to Microsoft, short enough that a forgotten intent is soon worthless. */
export const LINK_INTENT_SECONDS = 10 * 60;

/**
 * "Link Microsoft account" on the profile: records that THIS signed-in person, in THIS browser, wants
 * the identity of the next Microsoft sign-in linked to their account. Older intents of theirs are retired.
 */
export async function startMicrosoftLinkIntent(userId: string): Promise<void> {
  const bound = await issueBrowserBound(COOKIE, LINK_INTENT_SECONDS);
  await db.transaction(async (tx) => {
    await tx.update(microsoftLinkIntents).set({ consumedAt: now() }).where(and(eq(microsoftLinkIntents.userId, userId), isNull(microsoftLinkIntents.consumedAt)));
    await tx.insert(microsoftLinkIntents).values({ userId, ...bound });
  });
}

export type ProfileLinkOutcome = "linked" | "already-linked" | "linked-elsewhere" | "expired" | "wrong-user";

/**
 * Uses a link intent (once, even when the answer is no) for the identity Microsoft just returned.
 * The intent's user must be the session's; the identity is found by (provider, subject) only (AJS-6):
 * one already linked to another account is refused, never moved. Refusals are audited.
 */
export async function completeMicrosoftLinkIntent(
  hashes: BrowserBoundHashes,
  sessionUserId: string | null,
  identity: MicrosoftIdentity,
  request: RequestFacts | null,
): Promise<ProfileLinkOutcome> {
  return db.transaction(async (tx): Promise<ProfileLinkOutcome> => {
    const [intent] = await tx
      .update(microsoftLinkIntents)
      .set({ consumedAt: now() })
      .where(
        and(
          eq(microsoftLinkIntents.tokenHash, hashes.tokenHash),
          eq(microsoftLinkIntents.browserBindingHash, hashes.browserBindingHash),
          isNull(microsoftLinkIntents.consumedAt),
          gt(microsoftLinkIntents.expiresAt, sql`${now().toISOString()}::timestamptz`),
        ),
      )
      .returning({ userId: microsoftLinkIntents.userId });
    const refuse = async (outcome: ProfileLinkOutcome, userId: string | null) => {
      await recordAudit({ event: "microsoft.linked", outcome: "refused", userId, request, details: { via: "profile", reason: outcome } }, tx);
      return outcome;
    };
    if (!intent) return refuse("expired", sessionUserId);
    if (intent.userId !== sessionUserId) return refuse("wrong-user", intent.userId);
    const [owner] = await tx
      .select({ userId: accounts.userId })
      .from(accounts)
      .where(and(eq(accounts.provider, identity.provider), eq(accounts.providerAccountId, identity.providerAccountId)));
    if (owner) return owner.userId === intent.userId ? "already-linked" : refuse("linked-elsewhere", intent.userId);
    return (await attachMicrosoftIdentity(tx, intent.userId, identity, "profile", request)) ? "linked" : refuse("linked-elsewhere", intent.userId);
  });
}

/** This browser's link intent cookie, if any: its presence means the Microsoft sign-in is a profile link. */
export const profileLinkIntent = () => readBrowserBound(COOKIE);

/**
 * The signIn callback's branch for a profile link: decides, uses up the cookie, and sends the person
 * back to the profile with the outcome. It never signs anyone in, so Auth.js's own "link to the
 * signed-in user" path is never reached (the callback returns a redirect, not true).
 */
export async function finishProfileLink(hashes: BrowserBoundHashes, identity: MicrosoftIdentity): Promise<string> {
  const claims = await currentSessionClaims();
  const outcome = await completeMicrosoftLinkIntent(hashes, claims?.sub ?? null, identity, await requestFacts());
  await forgetBrowserBound(COOKIE);
  return `/profile?microsoft=${outcome}`;
}

/** A profile link that ends before linking (a tenant not allowed): the cookie goes; the row expires unused. */
export const abandonProfileLink = () => forgetBrowserBound(COOKIE);
