import "server-only";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { cache } from "react";
import { today } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { credentials, credentialTypes, notifications, users } from "@/lib/platform/db/schema";
import { isExpiringSoon } from "./expiry";
import type { AccountHeader, AccountSummary, CredentialView, NotificationView } from "./panel-views";

/**
 * The dashboard's queries for one account, one query each. `userId` always comes from requireUser()
 * in the guarded data functions (credentials.ts, notifications.ts, account-header.ts,
 * lib/accounts/account-summary.ts); pages and components never import these (see
 * lib/tooling/authorization/guarded-entry-points.test.ts). The dashboard benchmark calls them directly.
 */

/** Active first, then by expiration (latest first); users' key, then credentials_educator_status_idx. */
export async function credentialsFor(userId: string): Promise<CredentialView[]> {
  const rows = await db
    .select({
      certificateNumber: credentials.certificateNumber,
      typeName: credentialTypes.name,
      area: credentials.area,
      gradeRange: credentials.gradeRange,
      rank: credentials.rank,
      status: credentials.status,
      effectiveDate: credentials.effectiveDate,
      expirationDate: credentials.expirationDate,
    })
    .from(users)
    .innerJoin(credentials, eq(credentials.educatorId, users.educatorId))
    .innerJoin(credentialTypes, eq(credentialTypes.id, credentials.credentialTypeId))
    .where(eq(users.id, userId))
    .orderBy(sql`${credentials.status} <> 'active'`, desc(credentials.expirationDate), asc(credentials.certificateNumber));
  const on = today();
  return rows.map((row) => ({ ...row, expiringSoon: isExpiringSoon(row.status, row.expirationDate, on) }));
}

export const notificationColumns = {
  id: notifications.id,
  title: notifications.title,
  body: notifications.body,
  linkPath: notifications.linkPath,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

export function toNotificationView({ readAt, ...row }: { readAt: Date | null } & Omit<NotificationView, "read">): NotificationView {
  return { ...row, read: readAt !== null };
}

/** The activity feed: the newest notifications (notifications_user_created_idx). */
export async function latestNotificationsFor(userId: string, limit = 5): Promise<NotificationView[]> {
  const rows = await db
    .select(notificationColumns)
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(toNotificationView);
}

/**
 * The account's row as the top bar and the dashboard's greeting show it, with the unread count, in
 * one query (users' key, partial index notifications_user_unread_idx). React-cached: the layout's top
 * bar and the page render in the same request, and read it once between them.
 */
const signedInAccountRow = cache(async (userId: string) => {
  const unread = db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  const [row] = await db
    .select({ name: users.name, username: users.username, emailVerified: users.emailVerified, unread: sql<number>`(${unread})`.mapWith(Number) })
    .from(users)
    .where(eq(users.id, userId));
  return row;
});

/** The top bar: the person's name and unread count. */
export async function accountHeaderFor(userId: string): Promise<AccountHeader> {
  const row = await signedInAccountRow(userId);
  return { name: row?.name || row?.username || "Your account", unread: Number(row?.unread ?? 0) };
}

/** The page's greeting and the email-confirmation banner: three facts about the account. */
export async function accountSummaryFor(userId: string): Promise<AccountSummary> {
  const row = await signedInAccountRow(userId);
  if (!row) throw new Error("The signed-in account no longer exists");
  return { name: row.name ?? row.username, username: row.username, emailConfirmed: row.emailVerified !== null };
}
