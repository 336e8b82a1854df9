import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { announcements } from "@/lib/platform/db/schema";
import { errorState, fromZodError, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "../audit";
import { requireStaff } from "../guard";
import { rowId } from "../requests/staff-message";
import { endOfAgencyDay, startOfAgencyDay } from "./agency-day";
import { announcementFields, announcementSchema, type AnnouncementField, type AnnouncementInput } from "./announcement-form";

type Values = Record<(typeof announcementFields)[number], string>;
type Saved = ActionState<AnnouncementField, "saved">;

const gone = "This announcement was not found. It may have been removed.";

function scheduled(input: AnnouncementInput) {
  return { title: input.title, body: input.body, startsAt: startOfAgencyDay(input.startsOn), endsAt: input.endsOn ? endOfAgencyDay(input.endsOn) : null };
}

/** A new announcement, shown on every dashboard from its first day to the end of its last (if any). Role: admin. */
export async function createAnnouncement(values: Values): Promise<Saved> {
  const actor = await requireStaff("admin");
  const parsed = announcementSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values) as Saved;
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(announcements).values(scheduled(parsed.data)).returning({ id: announcements.id });
    await recordStaffAudit(actor, { event: "staff.announcement.created", details: { announcementId: row!.id } }, tx);
  });
  return outcomeState("saved" as const) as Saved;
}

/** Changes an announcement's text or its days. Role: admin. */
export async function updateAnnouncement(values: Values): Promise<Saved> {
  const actor = await requireStaff("admin");
  if (!rowId.safeParse(values.announcementId).success) return errorState({}, values, gone) as Saved;
  const parsed = announcementSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values) as Saved;
  return db.transaction(async (tx) => {
    const [row] = await tx.update(announcements).set(scheduled(parsed.data)).where(eq(announcements.id, values.announcementId)).returning({ id: announcements.id });
    if (!row) return errorState({}, values, gone) as Saved;
    await recordStaffAudit(actor, { event: "staff.announcement.updated", details: { announcementId: row.id } }, tx);
    return outcomeState("saved" as const) as Saved;
  });
}

/** Removes an announcement at once, from every dashboard. Role: admin. */
export async function removeAnnouncement(values: Pick<Values, "announcementId">): Promise<ActionState> {
  const actor = await requireStaff("admin");
  if (!rowId.safeParse(values.announcementId).success) return errorState({}, {}, gone);
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(announcements).where(eq(announcements.id, values.announcementId)).returning({ id: announcements.id, title: announcements.title });
    if (!row) return errorState({}, {}, gone);
    await recordStaffAudit(actor, { event: "staff.announcement.removed", details: { announcementId: row.id } }, tx);
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}
