"use server";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { currentUser } from "./guards";
import { signOut } from "./index";

/**
 * Sign out (a POST, NX-10). Deleting the cookie is not enough for a self-contained JWT (SES-4): the
 * account's session_version is bumped, so this token, and any copy of it, is refused from now on.
 * That also ends the account's sessions on other devices, in line with one session per person (SES-6).
 * `reason=timed-out` is what the idle warning sends when time runs out.
 */
export async function signOutAction(formData?: FormData): Promise<void> {
  const user = await currentUser();
  const timedOut = formData?.get("reason") === "timed-out";
  if (user) {
    await db.transaction(async (tx) => {
      await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
      await recordAudit({ event: "sign-out", outcome: "success", userId: user.id, request: await requestFacts(), details: { timedOut } }, tx);
    });
  }
  await signOut({ redirectTo: timedOut ? "/?notice=timed-out" : "/?notice=signed-out" });
}
