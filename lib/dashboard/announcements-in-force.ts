import "server-only";
import { and, desc, sql } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { announcements } from "@/lib/platform/db/schema";

export type AnnouncementView = { id: string; title: string; body: string; postedOn: Date };
/** Announcements in force at `at`, newest first: one query on announcements_starts_at_idx. */
export async function announcementsInForce(at: Date, limit = 10, executor: Executor = db): Promise<AnnouncementView[]> {
  const moment = sql`${at.toISOString()}::timestamptz`;
  return executor
    .select({ id: announcements.id, title: announcements.title, body: announcements.body, postedOn: announcements.startsAt })
    .from(announcements)
    .where(and(sql`${announcements.startsAt} <= ${moment}`, sql`(${announcements.endsAt} is null or ${announcements.endsAt} > ${moment})`))
    .orderBy(desc(announcements.startsAt))
    .limit(limit);
}
