import "server-only";
import { and, eq } from "drizzle-orm";
import type { Account, Profile } from "next-auth";
import type { Config } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts } from "@/lib/platform/db/schema";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { microsoftMfaTrusted } from "./microsoft-mfa";
import { tenantAllowed } from "./microsoft-provider";
import { secondStepAfterPassword, secondStepPath } from "./second-step-ticket";
import { holdPendingMicrosoftLink, type MicrosoftIdentity } from "./microsoft-link";
import { abandonProfileLink, finishProfileLink, profileLinkIntent } from "./microsoft-link-intent";

/**
 * Auth.js's signIn callback for Microsoft, and the only place that decides what a Microsoft sign-in
 * does. A tenant not on the list is refused (AJS-5). With a profile link intent in this browser, the
 * identity is linked to the intent's (signed-in) user or refused, and nobody is signed in. Otherwise a
 * linked identity, found by (provider, subject) and never by email (AJS-6), signs in, and an unlinked
 * one never creates an account or joins a signed-in session (AJS-7): it is held as a pending link and
 * the person is asked to sign in with a password or register, after which it is linked.
 */
export async function microsoftSignIn(account: Account, profile: Profile, config: Config): Promise<boolean | string> {
  const tid = (profile as { tid?: unknown }).tid;
  const intent = await profileLinkIntent();
  if (!tenantAllowed(tid, config)) {
    await recordAudit({ event: "sign-in.microsoft", outcome: "refused", request: await requestFacts(), details: { reason: "tenant" } });
    if (!intent) return "/?notice=microsoft-tenant";
    await abandonProfileLink();
    return "/profile?microsoft=tenant";
  }
  const identity = identityOf(account, profile, tid);
  if (intent) return finishProfileLink(intent, identity);
  const [linked] = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(eq(accounts.provider, account.provider), eq(accounts.providerAccountId, account.providerAccountId)));
  if (linked) {
    const mfaTrusted = microsoftMfaTrusted(profile, config);
    await recordAudit({ event: "sign-in.microsoft", outcome: "success", userId: linked.userId, request: await requestFacts(), details: { mfaTrusted } });
    // MFA-7: Microsoft is the first factor only; an account with a second factor is asked for it,
    // unless the agency trusts Microsoft's own MFA and the token says it was done (MFA-13).
    if (mfaTrusted) return true;
    return (await secondStepAfterPassword(linked.userId)) ? secondStepPath : true;
  }
  await holdPendingMicrosoftLink(identity);
  return "/link-microsoft";
}

function identityOf(account: Account, profile: Profile, tid: unknown): MicrosoftIdentity {
  const shown = typeof profile.email === "string" ? profile.email : (profile as { preferred_username?: unknown }).preferred_username;
  return {
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    tenantId: typeof tid === "string" ? tid : null,
    displayEmail: typeof shown === "string" ? shown.slice(0, 200) : null,
  };
}
