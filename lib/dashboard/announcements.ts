import "server-only";
import { and, desc, gt, isNull, lte, or } from "drizzle-orm";
import { requireUser } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { announcements } from "@/lib/db/schema";

export type AnnouncementView = { id: string; title: string; body: string; postedOn: Date };

/** Announcements in force now, newest first: one indexed query (announcements_starts_at_idx). */
export async function currentAnnouncements(limit = 10): Promise<AnnouncementView[]> {
  await requireUser();
  const at = now();
  const rows = await db
    .select({ id: announcements.id, title: announcements.title, body: announcements.body, postedOn: announcements.startsAt })
    .from(announcements)
    .where(and(lte(announcements.startsAt, at), or(isNull(announcements.endsAt), gt(announcements.endsAt, at))))
    .orderBy(desc(announcements.startsAt))
    .limit(limit);
  return rows;
}
