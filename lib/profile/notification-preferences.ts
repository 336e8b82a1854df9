import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { notificationPreferences } from "@/lib/platform/db/schema";
import type { ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";

/**
 * Which optional emails a person gets, by category. In-portal notifications always appear, and
 * security emails (password changed, a new sign-in method, a locked account) always go out: they are
 * how someone learns their account is being taken over, so they are not a preference.
 */
export const emailCategories = [
  { field: "renewalReminderEmails", label: "Renewal reminders", hint: "90, 30 and 7 days before each of your certificates expires." },
  { field: "announcementEmails", label: "Announcements", hint: "News from the agency that is also shown on your dashboard." },
] as const;

export type EmailCategory = (typeof emailCategories)[number]["field"];
export const preferenceFields: EmailCategory[] = emailCategories.map((category) => category.field);
export type EmailPreferences = Record<EmailCategory, boolean>;

const defaults: EmailPreferences = { renewalReminderEmails: true, announcementEmails: true };

/** The person's choices; everything on until they change something. `userId` comes from requireUser(). */
export async function emailPreferencesFor(userId: string): Promise<EmailPreferences> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return row ? { renewalReminderEmails: row.renewalReminderEmails, announcementEmails: row.announcementEmails } : { ...defaults };
}

/** Checkbox values as the form sends them: a ticked box sends "yes", an unticked one nothing. */
export function preferencesFromForm(values: Record<string, string>): EmailPreferences {
  return { renewalReminderEmails: values.renewalReminderEmails === "yes", announcementEmails: values.announcementEmails === "yes" };
}

/** Saves the choices (one upsert) with an audit event naming what is on, nothing personal. */
export async function saveEmailPreferencesFor(userId: string, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  const chosen = preferencesFromForm(values);
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values({ userId, ...chosen, updatedAt: now() })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...chosen, updatedAt: now() } });
    await recordAudit({ event: "profile.email_preferences_updated", outcome: "success", userId, request, details: { ...chosen } }, tx);
  });
  return { status: "ok", fieldErrors: {}, values: Object.fromEntries(preferenceFields.map((field) => [field, chosen[field] ? "yes" : ""])) };
}
