import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { MICROSOFT_PROVIDER_ID } from "@/lib/auth/microsoft-provider";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { accounts, pendingMicrosoftLinks } from "@/lib/platform/db/schema";

/** How long after registering the dashboard still confirms the link it made. */
const RECENT_MS = 60 * 60_000;

/**
 * The dashboard's confirmation after a registration that linked the waiting Microsoft identity
 * (issue 11 item 6): the signed-in person's own Microsoft link, if it was made within the last hour,
 * with the address Microsoft showed for it (from the pending identity that was used). Null otherwise,
 * so a crafted `?linked=microsoft` shows nothing for an account without a fresh link.
 */
export async function myNewMicrosoftLink(): Promise<{ microsoftAccount: string | null } | null> {
  const { id } = await requireUser();
  const [row] = await db
    .select({ microsoftAccount: pendingMicrosoftLinks.displayEmail })
    .from(accounts)
    // The link was made from this browser's waiting identity when that was used (consumed), on the app's clock.
    .innerJoin(
      pendingMicrosoftLinks,
      and(eq(pendingMicrosoftLinks.provider, accounts.provider), eq(pendingMicrosoftLinks.providerAccountId, accounts.providerAccountId)),
    )
    .where(and(eq(accounts.userId, id), eq(accounts.provider, MICROSOFT_PROVIDER_ID), gt(pendingMicrosoftLinks.consumedAt, new Date(now().getTime() - RECENT_MS))))
    .orderBy(desc(pendingMicrosoftLinks.consumedAt))
    .limit(1);
  return row ? { microsoftAccount: row.microsoftAccount } : null;
}
