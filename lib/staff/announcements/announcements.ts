import "server-only";
import { desc, eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { formatRecordDate } from "@/lib/platform/dates";
import { db } from "@/lib/platform/db/client";
import { announcements } from "@/lib/platform/db/schema";
import { requireStaff } from "../guard";
import { rowId } from "../requests/staff-message";

export type AnnouncementState = "scheduled" | "showing" | "ended";
export const announcementStateLabels: Record<AnnouncementState, string> = { scheduled: "Scheduled", showing: "Showing now", ended: "Ended" };

export type StaffAnnouncement = { id: string; title: string; body: string; startsAt: Date; endsAt: Date | null; state: AnnouncementState };

/** The edit form's values: the days as mm/dd/yyyy in agency time (the last day is the one before ends_at). */
export type AnnouncementFormValues = { announcementId: string; title: string; body: string; startsOn: string; endsOn: string };

function stateOf(row: { startsAt: Date; endsAt: Date | null }, at: Date): AnnouncementState {
  if (row.startsAt > at) return "scheduled";
  return row.endsAt && row.endsAt <= at ? "ended" : "showing";
}

/** Every announcement (scheduled, showing and ended), newest start first. Role: admin. */
export async function announcementList(): Promise<StaffAnnouncement[]> {
  await requireStaff("admin");
  const at = now();
  const rows = await db.select().from(announcements).orderBy(desc(announcements.startsAt)).limit(200);
  return rows.map((row) => ({ id: row.id, title: row.title, body: row.body, startsAt: row.startsAt, endsAt: row.endsAt, state: stateOf(row, at) }));
}

/** One announcement as the edit form shows it, or null. Role: admin. */
export async function announcementForEdit(announcementId: string): Promise<AnnouncementFormValues | null> {
  await requireStaff("admin");
  if (!rowId.safeParse(announcementId).success) return null;
  const [row] = await db.select().from(announcements).where(eq(announcements.id, announcementId));
  if (!row) return null;
  return {
    announcementId: row.id,
    title: row.title,
    body: row.body,
    startsOn: formatRecordDate(row.startsAt),
    endsOn: row.endsAt ? formatRecordDate(new Date(row.endsAt.getTime() - 1)) : "",
  };
}
