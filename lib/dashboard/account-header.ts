import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { notifications, users } from "@/lib/db/schema";

export type AccountHeader = { name: string; unread: number };

/** What the top bar shows: the signed-in person's name and unread count, in one query. */
export async function accountHeader(): Promise<AccountHeader> {
  const user = await requireUser();
  const unread = db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  const [row] = await db.select({ name: users.name, username: users.username, unread: sql<number>`(${unread})`.mapWith(Number) }).from(users).where(eq(users.id, user.id));
  return { name: row?.name || row?.username || "Your account", unread: Number(row?.unread ?? 0) };
}
