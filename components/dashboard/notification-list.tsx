import Link from "next/link";
import type { NotificationView } from "@/lib/dashboard/notifications";
import { formatRecordDate } from "@/lib/platform/dates";

/** Notifications, newest first; unread ones are marked in words as well as by the bar. */
export function NotificationList({ items }: { items: NotificationView[] }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className={item.read ? "border-l-4 border-slate-200 pl-3" : "border-l-4 border-brand-600 pl-3"}>
          <h3 className="font-semibold">
            {item.read ? null : <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">Unread</span>}
            {item.linkPath ? <Link href={item.linkPath}>{item.title}</Link> : item.title}
          </h3>
          <p className="text-sm text-slate-600">{formatRecordDate(item.createdAt)}</p>
          <p>{item.body}</p>
        </li>
      ))}
    </ul>
  );
}
