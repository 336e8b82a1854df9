import type { Metadata } from "next";
import Link from "next/link";
import { primaryLinkClass } from "@/components/ui/styles";
import { formatRecordDate } from "@/lib/platform/dates";
import { announcementList, announcementStateLabels } from "@/lib/staff/announcements/announcements";

export const metadata: Metadata = { title: "Announcements" };

const notices: Record<string, string> = { created: "Announcement created.", updated: "Announcement saved.", removed: "Announcement removed." };

type Props = { searchParams: Promise<{ notice?: string }> };

/** Every announcement with its days and whether dashboards show it now (role admin, checked in lib). */
export default async function AnnouncementsPage({ searchParams }: Props) {
  const [list, { notice }] = await Promise.all([announcementList(), searchParams]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">Announcements</h1>
      {notice && notices[notice] ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-semibold">
          {notices[notice]}
        </p>
      ) : null}
      <p>Announcements show on every educator&apos;s dashboard from their first day to the end of their last.</p>
      <p>
        <Link href="/staff/announcements/new" className={primaryLinkClass}>
          New announcement
        </Link>
      </p>
      {list.length === 0 ? (
        <p role="status">There are no announcements.</p>
      ) : (
        <ul aria-label="Announcements, latest first" className="space-y-3">
          {list.map((item) => (
            <li key={item.id} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/staff/announcements/${item.id}`}>{item.title}</Link>
              </h2>
              <p className="mt-1 line-clamp-3 whitespace-pre-line break-words">{item.body}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt>Shows</dt>
                <dd>
                  from {formatRecordDate(item.startsAt)}
                  {item.endsAt ? ` until ${formatRecordDate(new Date(item.endsAt.getTime() - 1))}` : ", no end date"}
                </dd>
                <dt>Status</dt>
                <dd className="font-semibold">{announcementStateLabels[item.state]}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
