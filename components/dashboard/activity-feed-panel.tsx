import Link from "next/link";
import { latestNotifications } from "@/lib/dashboard/notifications";
import { NotificationList } from "./notification-list";
import { Panel } from "./panel";

export async function ActivityFeedPanel() {
  const items = await latestNotifications(5);
  return (
    <Panel id="activity-feed" title="Activity Feed">
      {items.length === 0 ? <p>There are no activity feed items at this time.</p> : <NotificationList items={items} />}
      <p className="mt-3">
        <Link href="/notifications">View All Notifications</Link>
      </p>
    </Panel>
  );
}
