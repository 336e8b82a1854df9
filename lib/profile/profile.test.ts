import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, nameChangeRequests, notifications } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { contactValuesFor, saveContactDetailsFor } from "./contact";
import { latestNameChangeFor, requestNameChangeFor } from "./name-change";
import { recordFor } from "./record";

provideTestDatabase();
const testRequest = { ip: "192.0.2.81", userAgent: "Mozilla/5.0 (Macintosh) Safari/605.1.15" };

describe("profile record", () => {
  it("shows the SSN masked to its last four digits and nothing more (PII-7)", async () => {
    const account = await insertTestAccount({ firstName: "Ada", middleName: "B", lastName: "Lovelace" });
    const record = await recordFor(account.userId);
    expect(record).toMatchObject({ fullName: "Ada B Lovelace", dateOfBirth: account.person.dateOfBirth, publicId: account.publicId });
    expect(record!.maskedSsn).toBe(`***-**-${account.person.ssn.slice(-4)}`);
    expect(JSON.stringify(record)).not.toContain(account.person.ssn.slice(0, 5));
  });
});

describe("name change requests", () => {
  it("records the request, its feed notification and audit event together; one open request at a time", async () => {
    const account = await insertTestAccount();
    const values = { firstName: "Ada", middleName: "", lastName: "Byron", reason: "Marriage" };
    expect((await requestNameChangeFor(account.userId, values, testRequest)).status).toBe("ok");
    expect(await latestNameChangeFor(account.userId)).toMatchObject({ name: "Ada Byron", status: "received" });
    const feed = await db.select().from(notifications).where(eq(notifications.userId, account.userId));
    expect(feed.map((n) => n.kind)).toEqual(["name_change_received"]);
    expect(await db.$count(auditEvents, eq(auditEvents.event, "profile.name_change_requested"))).toBeGreaterThan(0);

    const second = await requestNameChangeFor(account.userId, values, testRequest);
    expect(second.formError).toBe("You already have a name change request waiting for review.");
    expect(await db.$count(nameChangeRequests, eq(nameChangeRequests.userId, account.userId))).toBe(1);
    expect(await db.$count(notifications, eq(notifications.userId, account.userId))).toBe(1);
  });

  it("names missing fields and refuses an SSN in the reason", async () => {
    const account = await insertTestAccount();
    const state = await requestNameChangeFor(account.userId, { firstName: "", middleName: "", lastName: "B4d!", reason: "my ssn 987-65-4321" }, testRequest);
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["firstName", "lastName", "reason"]);
    expect(await latestNameChangeFor(account.userId)).toBeNull();
  });
});

describe("contact details", () => {
  it("saves phone and a whole address, and asks for the rest of a partial one", async () => {
    const account = await insertTestAccount();
    const partial = await saveContactDetailsFor(account.userId, { phone: "", addressLine1: "1 Main St", addressLine2: "", city: "", state: "", postalCode: "" }, testRequest);
    expect(Object.keys(partial.fieldErrors).sort()).toEqual(["city", "postalCode", "state"]);
    const saved = await saveContactDetailsFor(account.userId, { phone: "502-555-0142", addressLine1: "1 Main St", addressLine2: "", city: "Frankfort", state: "ky", postalCode: "40601" }, testRequest);
    expect(saved.status).toBe("ok");
    expect(await contactValuesFor(account.userId)).toEqual({ phone: "502-555-0142", addressLine1: "1 Main St", addressLine2: "", city: "Frankfort", state: "KY", postalCode: "40601" });
    const other = await insertTestAccount();
    expect((await contactValuesFor(other.userId)).addressLine1).toBe("");
  });
});
