import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/dashboard/notification-list";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/guards";
import { notificationsPage } from "@/lib/dashboard/notifications";
import { markAllNotificationsReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireUser();
  const { page: requested } = await searchParams;
  const { items, page, pageCount, total } = await notificationsPage(Number(requested ?? 1));
  const anyUnread = items.some((item) => !item.read);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Notifications</h1>
      {total === 0 ? (
        <p>There are no activity feed items at this time.</p>
      ) : (
        <>
          <form action={markAllNotificationsReadAction}>
            <SubmitButton variant="secondary" pendingLabel="Marking…">
              Mark all as read
            </SubmitButton>
          </form>
          <p className="sr-only">{anyUnread ? "Unread notifications are marked Unread." : "All notifications on this page are read."}</p>
          <NotificationList items={items} />
          {pageCount > 1 ? (
            <nav aria-label="Notification pages" className="flex flex-wrap items-center gap-4">
              {page > 1 ? <Link href={`/notifications?page=${page - 1}`}>Previous page</Link> : null}
              <span>
                Page {page} of {pageCount}
              </span>
              {page < pageCount ? <Link href={`/notifications?page=${page + 1}`}>Next page</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
