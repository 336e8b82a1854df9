import { currentAnnouncements } from "@/lib/dashboard/announcements";
import { formatRecordDate } from "@/lib/platform/dates";
import { Panel } from "./panel";

export async function AnnouncementsPanel() {
  const announcements = await currentAnnouncements();
  return (
    <Panel id="announcements" title="Announcements">
      {announcements.length === 0 ? (
        <p>There are no announcements at this time.</p>
      ) : (
        <ul className="space-y-4">
          {announcements.map((announcement) => (
            <li key={announcement.id}>
              <h3 className="font-semibold">{announcement.title}</h3>
              <p className="text-sm text-slate-600">Posted {formatRecordDate(announcement.postedOn)}</p>
              <p>{announcement.body}</p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
