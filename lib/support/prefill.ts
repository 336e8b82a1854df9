import "server-only";
import { eq } from "drizzle-orm";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";

/** For a signed-in person: the name and email to start the support form with (they may change them). */
export async function supportPrefill(): Promise<{ signedIn: boolean; name: string; email: string }> {
  const user = await currentUser();
  if (!user) return { signedIn: false, name: "", email: "" };
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, user.id));
  return { signedIn: Boolean(row), name: row?.name ?? "", email: row?.email ?? "" };
}
