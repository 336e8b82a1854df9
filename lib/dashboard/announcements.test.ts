import { describe, expect, it } from "vitest";
import { addDays, today } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { seedAnnouncements } from "@/lib/tooling/seed/announcements";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { announcementsInForce } from "./announcements-in-force";

provideTestDatabase();

describe("announcementsInForce", () => {
  it("lists those started and not ended, newest first, with or without an end date", async () => {
    await seedAnnouncements(db, today());
    const titles = (await announcementsInForce(new Date())).map((row) => row.title);
    expect(titles).toEqual(["Scheduled maintenance", "Renewal season is open", "Claim your educator record"]);
    const later = new Date(`${addDays(today(), 60)}T12:00:00Z`);
    expect((await announcementsInForce(later)).map((row) => row.title)).toEqual(["Renewal season is open", "Claim your educator record"]);
  });
});
