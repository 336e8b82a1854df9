import "server-only";
import { eq } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

export type AccountSummary = { name: string; username: string; emailConfirmed: boolean };

/**
 * What the signed-in shell shows about its person: the name to greet and whether the email is still
 * to be confirmed. Only the caller's own account (requireUser), and only these three facts.
 */
export async function getMyAccountSummary(): Promise<AccountSummary> {
  const { id } = await requireUser();
  const [row] = await db
    .select({ name: users.name, username: users.username, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, id));
  if (!row) throw new Error("The signed-in account no longer exists");
  return { name: row.name ?? row.username, username: row.username, emailConfirmed: row.emailVerified !== null };
}
