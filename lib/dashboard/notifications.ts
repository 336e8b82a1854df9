import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { notifications } from "@/lib/platform/db/schema";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { latestNotificationsFor, notificationColumns, toNotificationView } from "./panel-queries";
import type { NotificationView } from "./panel-views";

export type { NotificationView };

export const NOTIFICATIONS_PER_PAGE = 25;

/** The activity feed: the signed-in person's newest notifications (notifications_user_created_idx). */
export async function latestNotifications(limit = 5): Promise<NotificationView[]> {
  const user = await requireUser();
  return latestNotificationsFor(user.id, limit);
}

/** The unread count in the top bar (partial index notifications_user_unread_idx). */
export async function unreadNotificationCount(): Promise<number> {
  const user = await requireUser();
  const [row] = await db.select({ value: count() }).from(notifications).where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  return row?.value ?? 0;
}

/** One page of /notifications, newest first; `page` is 1-based and clamped to the pages there are. */
export async function notificationsPage(requested: number): Promise<{ items: NotificationView[]; page: number; pageCount: number; total: number }> {
  const user = await requireUser();
  const [totalRow] = await db.select({ value: count() }).from(notifications).where(eq(notifications.userId, user.id));
  const total = totalRow?.value ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.floor(requested) : 1), pageCount);
  const rows = await db
    .select(notificationColumns)
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE)
    .offset((page - 1) * NOTIFICATIONS_PER_PAGE);
  return { items: rows.map(toNotificationView), page, pageCount, total };
}

/** "Mark all as read": only the signed-in person's own notifications, with its audit event. */
export async function markAllNotificationsRead(request: RequestFacts): Promise<number> {
  const user = await requireUser();
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await recordAudit({ event: "notifications.marked_read", outcome: "success", userId: user.id, request, details: { count: updated.length } }, tx);
    return updated.length;
  });
}
