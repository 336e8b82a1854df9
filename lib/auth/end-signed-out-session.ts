import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";

/**
 * Auth.js's signOut event (SES-4, AJS-9): Auth.js's own POST /api/auth/signout only clears the cookie,
 * which leaves a copied JWT working until it expires. This bumps the account's session_version, as
 * the portal's sign-out does (lib/auth/sign-out.ts), so that token and every copy is refused. Only a
 * token of the current generation bumps it: after the portal's sign-out (which bumps first and then
 * calls Auth.js) this finds the version moved on and does nothing, so one sign-out is one bump.
 */
export async function endSignedOutSession(token: JWT | null | undefined): Promise<void> {
  const userId = typeof token?.sub === "string" ? token.sub : null;
  const version = token?.session_version;
  if (!userId || typeof version !== "number") return;
  await db.transaction(async (tx) => {
    const bumped = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), eq(users.sessionVersion, version)))
      .returning({ id: users.id });
    if (bumped.length > 0) await recordAudit({ event: "sign-out", outcome: "success", userId, details: { via: "auth-js" } }, tx);
  });
}
