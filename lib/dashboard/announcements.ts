import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { now } from "@/lib/platform/clock";
import { announcementsInForce, type AnnouncementView } from "./announcements-in-force";

export type { AnnouncementView };

/** The dashboard's Announcements panel: for signed-in people only. */
export async function currentAnnouncements(limit = 10): Promise<AnnouncementView[]> {
  await requireUser();
  return announcementsInForce(now(), limit);
}
