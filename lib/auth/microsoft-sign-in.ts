import "server-only";
import { and, eq } from "drizzle-orm";
import type { Account, Profile } from "next-auth";
import type { Config } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { accounts } from "@/lib/db/schema";
import { recordAudit } from "./audit";
import { tenantAllowed } from "./microsoft-provider";
import { holdPendingMicrosoftLink } from "./microsoft-link";

/**
 * Auth.js's signIn callback for Microsoft. A tenant not on the list is refused (AJS-5). A linked
 * identity, found by (provider, subject) and never by email (AJS-6), signs in. An unlinked one never
 * creates an account (AJS-7): it is held as a pending link and the person is asked to sign in with a
 * password or register, after which it is linked.
 */
export async function microsoftSignIn(account: Account, profile: Profile, config: Config): Promise<boolean | string> {
  const tid = (profile as { tid?: unknown }).tid;
  if (!tenantAllowed(tid, config)) {
    await recordAudit({ event: "sign-in.microsoft", outcome: "refused", details: { reason: "tenant" } });
    return "/?notice=microsoft-tenant";
  }
  const [linked] = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(eq(accounts.provider, account.provider), eq(accounts.providerAccountId, account.providerAccountId)));
  if (linked) {
    await recordAudit({ event: "sign-in.microsoft", outcome: "success", userId: linked.userId });
    return true;
  }
  const shown = typeof profile.email === "string" ? profile.email : (profile as { preferred_username?: unknown }).preferred_username;
  await holdPendingMicrosoftLink({
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    tenantId: typeof tid === "string" ? tid : null,
    displayEmail: typeof shown === "string" ? shown.slice(0, 200) : null,
  });
  return "/link-microsoft";
}
