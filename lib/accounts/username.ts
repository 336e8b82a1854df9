import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { constraintOf, sqlStateOf } from "@/lib/records/import/database-errors";

/** True when an account already uses this username, ignoring case (the unique index's rule). */
export async function isUsernameTaken(executor: Executor, username: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.trim().toLowerCase()))
    .limit(1);
  return Boolean(row);
}

/** Which unique constraint a failed INSERT broke, if that is what failed: races end up here (REG-6). */
export function violatedUniqueConstraint(error: unknown): string | null {
  return sqlStateOf(error) === "23505" ? (constraintOf(error) ?? "unknown") : null;
}
