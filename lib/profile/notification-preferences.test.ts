import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { emailPreferencesFor, saveEmailPreferencesFor } from "./notification-preferences";

provideTestDatabase();

const request = { ip: "203.0.113.5", userAgent: "Vitest" };

describe("email preferences (issue 12 item 7)", () => {
  it("starts with every optional email on, and keeps each person's choice to themselves", async () => {
    const person = await insertTestAccount();
    const other = await insertTestAccount();
    expect(await emailPreferencesFor(person.userId)).toEqual({ renewalReminderEmails: true, announcementEmails: true });

    // Only the ticked box is sent: announcements off, reminders on.
    const state = await saveEmailPreferencesFor(person.userId, { renewalReminderEmails: "yes" }, request);
    expect(state).toMatchObject({ status: "ok", values: { renewalReminderEmails: "yes", announcementEmails: "" } });
    expect(await emailPreferencesFor(person.userId)).toEqual({ renewalReminderEmails: true, announcementEmails: false });
    expect(await emailPreferencesFor(other.userId)).toEqual({ renewalReminderEmails: true, announcementEmails: true });

    await saveEmailPreferencesFor(person.userId, {}, request);
    expect(await emailPreferencesFor(person.userId)).toEqual({ renewalReminderEmails: false, announcementEmails: false });
    const audits = await db.select().from(auditEvents)
      .where(and(eq(auditEvents.userId, person.userId), eq(auditEvents.event, "profile.email_preferences_updated")));
    expect(audits.map((row) => row.details)).toEqual([
      { renewalReminderEmails: true, announcementEmails: false },
      { renewalReminderEmails: false, announcementEmails: false },
    ]);
  });
});
