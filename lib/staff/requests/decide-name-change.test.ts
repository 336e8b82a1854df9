import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, educatorNames, educators, nameChangeRequests, notifications } from "@/lib/platform/db/schema";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import { searchEducators } from "@/lib/search/search-educators";
import { parseSearchParams } from "@/lib/search/search-input";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { newRequest } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { approveNameChange, denyNameChange } from "./decide-name-change";
import { nameChangeRequestDetail, nameChangeRequestList } from "./name-changes";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

async function signInReviewer() {
  const reviewer = await createTestStaff({ roles: ["reviewer"] });
  newRequest(null);
  signInStaffInSeam(await staffSessionToken(reviewer.id));
  return reviewer;
}

async function personAsking(lastName: string, newLastName: string, options: { showFormerNames?: boolean } = {}) {
  const person = await insertTestAccount({ firstName: "Marigold", lastName, showFormerNames: options.showFormerNames });
  const [request] = await db
    .insert(nameChangeRequests)
    .values({ userId: person.userId, educatorId: person.educatorId, firstName: "Marigold", lastName: newLastName, reason: "Marriage" })
    .returning({ id: nameChangeRequests.id });
  return { ...person, requestId: request!.id };
}

async function publicSearch(last: string) {
  const parsed = parseSearchParams({ last, first: "Marigold" });
  if (parsed.state !== "valid") throw new Error("invalid search");
  return (await searchEducators(parsed.query)).rows.map((row) => ({ last: row.name.lastName, former: row.formerLastNames }));
}

describe("name change decisions (issue 15 item 2: name-change requests)", () => {
  beforeEach(() => newRequest(null));

  it("approve: the current name becomes former, the new one current (normalised, fingerprinted), and the public search finds both", async () => {
    const person = await personAsking("Quillfeather", "Ashbury-O'Neill");
    const reviewer = await signInReviewer();
    expect(await nameChangeRequestList()).toEqual(expect.arrayContaining([expect.objectContaining({ id: person.requestId, status: "received", currentName: "Marigold Quillfeather" })]));

    const state = await approveNameChange({ requestId: person.requestId, message: "" });
    expect(state).toMatchObject({ status: "ok", outcome: "approved" });

    const names = await db.select().from(educatorNames).where(eq(educatorNames.educatorId, person.educatorId));
    expect(names.map((name) => [name.kind, name.lastName, name.lastNameNorm]).sort()).toEqual([
      ["current", "Ashbury-O'Neill", normalizeName("Ashbury O Neill")],
      ["former", "Quillfeather", "quillfeather"],
    ]);
    const current = names.find((name) => name.kind === "current")!;
    expect(current.searchFingerprint).toMatch(/\S{20,}/);
    expect(current.searchFingerprint).not.toBe(names.find((name) => name.kind === "former")!.searchFingerprint);

    expect(await publicSearch("Quillfeather")).toEqual([{ last: "Ashbury-O'Neill", former: ["Quillfeather"] }]);
    expect(await publicSearch("ashbury oneill")).toEqual([{ last: "Ashbury-O'Neill", former: ["Quillfeather"] }]);

    const [feed] = await db.select().from(notifications).where(and(eq(notifications.userId, person.userId), eq(notifications.kind, "name_change_decided")));
    expect(feed).toMatchObject({ title: "Name change approved", linkPath: "/requests" });
    const mail = await outboxTo(person.email);
    expect(mail).toEqual([expect.objectContaining({ template: "name-change-decided", subject: "Your name change was approved" })]);
    expect(mail[0]!.text).toContain("Marigold Ashbury-O'Neill");

    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.name_change.approved"));
    expect(audit).toMatchObject({ staffId: reviewer.id, userId: person.userId, educatorId: person.educatorId, details: { requestId: person.requestId } });
    // No names or emails in the audit details.
    expect(JSON.stringify(audit!.details)).not.toMatch(/Marigold|Quillfeather|Ashbury|@/);

    expect(await nameChangeRequestDetail(person.requestId)).toMatchObject({ status: "approved", formerNames: ["Marigold Quillfeather"], decidedBy: expect.any(String) });
    expect(await approveNameChange({ requestId: person.requestId, message: "" })).toMatchObject({ status: "error", formError: "This request has already been decided." });
  });

  it("a record that hides former names: the search finds the new name only", async () => {
    const person = await personAsking("Wrenwhistle", "Fairbrook", { showFormerNames: false });
    await signInReviewer();
    await approveNameChange({ requestId: person.requestId, message: "Congratulations." });
    expect(await publicSearch("Fairbrook")).toEqual([{ last: "Fairbrook", former: [] }]);
    expect(await publicSearch("Wrenwhistle")).toEqual([]);
    const [educator] = await db.select({ show: educators.showFormerNames }).from(educators).where(eq(educators.id, person.educatorId));
    expect(educator!.show).toBe(false);
  });

  it("going back to a former name keeps one row for it, now current", async () => {
    const person = await insertTestAccount({ firstName: "Marigold", lastName: "Stonebridge", formerNames: [{ lastName: "Hartwell" }] });
    const [request] = await db.insert(nameChangeRequests).values({ userId: person.userId, educatorId: person.educatorId, firstName: "Marigold", lastName: "Hartwell", reason: "Divorce" }).returning();
    await signInReviewer();
    await approveNameChange({ requestId: request!.id, message: "" });
    const names = await db.select().from(educatorNames).where(eq(educatorNames.educatorId, person.educatorId));
    expect(names.map((name) => `${name.kind}:${name.lastName}`).sort()).toEqual(["current:Hartwell", "former:Stonebridge"]);
  });

  it("deny needs a message, leaves the names alone, and tells the educator by notification and email", async () => {
    const person = await personAsking("Larkspur", "Thistledown");
    await signInReviewer();
    expect(await denyNameChange({ requestId: person.requestId, message: " " })).toMatchObject({ status: "error", fieldErrors: { message: "Enter a message telling the educator why" } });
    expect(await denyNameChange({ requestId: person.requestId, message: "My SSN is 900-12-3456" })).toMatchObject({ status: "error", fieldErrors: { message: "Do not include a Social Security number" } });

    expect(await denyNameChange({ requestId: person.requestId, message: "Please send a copy of the marriage certificate." })).toMatchObject({ status: "ok", outcome: "denied" });
    const names = await db.select().from(educatorNames).where(eq(educatorNames.educatorId, person.educatorId));
    expect(names.map((name) => `${name.kind}:${name.lastName}`)).toEqual(["current:Larkspur"]);
    const [row] = await db.select().from(nameChangeRequests).where(eq(nameChangeRequests.id, person.requestId));
    expect(row).toMatchObject({ status: "denied", decisionMessage: "Please send a copy of the marriage certificate." });
    const mail = await outboxTo(person.email);
    expect(mail).toEqual([expect.objectContaining({ template: "name-change-decided", subject: "Your name change request was not approved" })]);
    expect(mail[0]!.text).toContain("marriage certificate");
    const feed = await db.select().from(notifications).where(eq(notifications.userId, person.userId));
    expect(feed).toEqual([expect.objectContaining({ kind: "name_change_decided", title: "Name change not approved" })]);
  });

  it("an unknown or malformed id finds nothing and writes nothing", async () => {
    await signInReviewer();
    const before = (await db.select().from(auditEvents)).length;
    expect(await approveNameChange({ requestId: "not-a-uuid", message: "" })).toMatchObject({ status: "error", formError: expect.stringContaining("not found") });
    expect(await denyNameChange({ requestId: "4f1c2b1e-0000-4000-8000-000000000000", message: "No." })).toMatchObject({ status: "error", formError: expect.stringContaining("not found") });
    expect(await db.select().from(auditEvents)).toHaveLength(before);
  });
});
