import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { announcementsInForce } from "@/lib/dashboard/announcements-in-force";
import { setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { announcements, auditEvents } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { endOfAgencyDay, startOfAgencyDay } from "./agency-day";
import { announcementForEdit, announcementList } from "./announcements";
import { createAnnouncement, removeAnnouncement, updateAnnouncement } from "./manage-announcements";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

const noon = (iso: string) => new Date(`${iso}T17:00:00Z`);

async function signInAdmin() {
  const admin = await createTestStaff({ roles: ["admin"] });
  newRequest(null);
  signInStaffInSeam(await staffSessionToken(admin.id));
  return admin;
}

const titles = async (at: Date) => (await announcementsInForce(at)).map((item) => item.title);

describe("announcements (issue 15 item 2)", () => {
  beforeEach(() => setClock(noon("2026-12-01")));
  afterEach(() => setClock(undefined));

  it("days are the agency's calendar days (America/New_York by default), across a DST change too", () => {
    expect(startOfAgencyDay("2026-12-01", "America/New_York").toISOString()).toBe("2026-12-01T05:00:00.000Z");
    expect(endOfAgencyDay("2026-12-01", "America/New_York").toISOString()).toBe("2026-12-02T05:00:00.000Z");
    expect(startOfAgencyDay("2026-07-04", "America/New_York").toISOString()).toBe("2026-07-04T04:00:00.000Z");
    expect(endOfAgencyDay("2026-03-07", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(endOfAgencyDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });

  it("scheduled from its first day to the end of its last: the dashboard shows it only then", async () => {
    const admin = await signInAdmin();
    expect(await createAnnouncement({ announcementId: "", title: "Winter closure", body: "Offices close Dec 24-26.", startsOn: "12/10/2026", endsOn: "12/26/2026" })).toMatchObject({ status: "ok" });
    expect(await titles(noon("2026-12-09"))).not.toContain("Winter closure");
    expect(await titles(startOfAgencyDay("2026-12-10"))).toContain("Winter closure");
    expect(await titles(new Date(endOfAgencyDay("2026-12-26").getTime() - 1))).toContain("Winter closure");
    expect(await titles(endOfAgencyDay("2026-12-26"))).not.toContain("Winter closure");

    const [listed] = (await announcementList()).filter((item) => item.title === "Winter closure");
    expect(listed).toMatchObject({ state: "scheduled" });
    expect(await announcementForEdit(listed!.id)).toEqual({ announcementId: listed!.id, title: "Winter closure", body: "Offices close Dec 24-26.", startsOn: "12/10/2026", endsOn: "12/26/2026" });
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.announcement.created"));
    expect(audit).toMatchObject({ staffId: admin.id, details: { announcementId: listed!.id } });
  });

  it("edit moves it into force at once; remove takes it away", async () => {
    await signInAdmin();
    await createAnnouncement({ announcementId: "", title: "Fee change", body: "New fees from January.", startsOn: "01/01/2027", endsOn: "" });
    const id = (await announcementList()).find((item) => item.title === "Fee change")!.id;
    expect(await titles(noon("2026-12-01"))).not.toContain("Fee change");
    expect(await updateAnnouncement({ announcementId: id, title: "Fee change", body: "New fees from January.", startsOn: "12/01/2026", endsOn: "" })).toMatchObject({ status: "ok" });
    expect(await titles(noon("2026-12-01"))).toContain("Fee change");
    expect((await announcementList()).find((item) => item.id === id)).toMatchObject({ state: "showing", endsAt: null });

    expect(await removeAnnouncement({ announcementId: id })).toMatchObject({ status: "ok" });
    expect(await db.select().from(announcements).where(eq(announcements.id, id))).toEqual([]);
    expect(await removeAnnouncement({ announcementId: id })).toMatchObject({ status: "error", formError: expect.stringContaining("not found") });
    const events = (await db.select({ event: auditEvents.event }).from(auditEvents)).map((row) => row.event);
    expect(events).toEqual(expect.arrayContaining(["staff.announcement.updated", "staff.announcement.removed"]));
  });

  it("refuses a missing title, an unreal date and a last day before the first, keeping what was typed", async () => {
    await signInAdmin();
    const typed = { announcementId: "", title: "", body: "Text", startsOn: "02/30/2027", endsOn: "" };
    expect(await createAnnouncement(typed)).toMatchObject({ status: "error", fieldErrors: { title: "Enter a title", startsOn: expect.stringContaining("real date") }, values: { body: "Text", startsOn: "02/30/2027" } });
    expect(await createAnnouncement({ ...typed, title: "T", startsOn: "03/02/2027", endsOn: "03/01/2027" })).toMatchObject({ status: "error", fieldErrors: { endsOn: "The last day must be on or after the first day" } });
  });
});
