import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { applications, documentContents, documents } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { createTestStaff } from "@/lib/tooling/testing/staff";
import { actAs, reviewer, staffEvents, submittedApplication } from "@/lib/tooling/testing/staff-applications";
import { wholeDatabase } from "@/lib/tooling/testing/row-snapshots";
import { staffApplication } from "./application-view";
import { applicationQueue } from "./queue";
import { readQueueFilters } from "./queue-filters";
import { assignApplicationToMe } from "./review-actions";
import { reviewerDocumentFile } from "./staff-documents";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();
beforeEach(async () => {
  // Each test reads the whole queue: start from none.
  await db.delete(applications);
});

async function refusal(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return target;
  }
}

describe("the applications queue (issue 15 item 2)", () => {
  it("oldest first; filters by type, status, age and assignee; drafts never appear", async () => {
    const old = await submittedApplication("renewal", { submittedDaysAgo: 30 });
    const recent = await submittedApplication("rank-change", { submittedDaysAgo: 2 });
    await db.insert(applications).values({ reference: "AP-DRAF-T000", userId: old.person.userId, educatorId: old.person.educatorId, typeCode: "initial", currentStep: "education" });
    const rosa = await reviewer("Rosa Reviewer");
    await actAs(rosa);
    const all = await applicationQueue(readQueueFilters({}));
    expect(all.rows.map((row) => row.reference)).toEqual([old.application.reference, recent.application.reference]);
    expect(all.rows[0]).toMatchObject({ educatorName: old.person.fullName, typeName: "Renew a certificate", status: "submitted", assignee: null, open: true });
    expect((await applicationQueue(readQueueFilters({ type: "rank-change" }))).rows.map((row) => row.reference)).toEqual([recent.application.reference]);
    expect((await applicationQueue(readQueueFilters({ olderThanDays: "10" }))).rows.map((row) => row.reference)).toEqual([old.application.reference]);
    await assignApplicationToMe({ applicationId: recent.application.id });
    const mine = await applicationQueue(readQueueFilters({ assignee: "me" }));
    expect(mine.rows.map((row) => [row.reference, row.assignee])).toEqual([[recent.application.reference, "You"]]);
    expect((await applicationQueue(readQueueFilters({ assignee: "unassigned" }))).rows.map((row) => row.reference)).toEqual([old.application.reference]);
    expect((await applicationQueue(readQueueFilters({ status: "in_review" }))).total).toBe(1);
    await actAs(await reviewer());
    expect((await applicationQueue(readQueueFilters({ assignee: "anyone", type: "rank-change" }))).rows[0]!.assignee).toBe("Rosa Reviewer");
  });

  it("unreadable filters fall back to the defaults instead of failing the page", () => {
    expect(readQueueFilters({ status: "draft", olderThanDays: "-3", assignee: "everyone", page: "x", type: "'; drop" })).toEqual({ type: "", status: "open", olderThanDays: undefined, assignee: "anyone", page: 1 });
  });
});

describe("a reviewer's view of one application and its documents", () => {
  it("by reference or id, with its checklist ids; a document opens only through its application, and the viewing is audited (DOC-3)", async () => {
    const { application, person } = await submittedApplication();
    const [document] = await db
      .insert(documents)
      .values({ userId: person.userId, applicationId: application.id, requirement: "information-requested", fileName: "letter.pdf", mediaType: "application/pdf", sizeBytes: 9 })
      .returning({ id: documents.id });
    await db.insert(documentContents).values({ documentId: document!.id, bytes: Buffer.from("%PDF-1.4\n") });
    const rosa = await reviewer();
    await actAs(rosa);
    const view = await staffApplication(application.reference);
    expect(view).toMatchObject({ reference: application.reference, educatorName: person.fullName, secondReviewerRequired: true, issueRule: "renew", open: true });
    expect(view!.checklist.map((row) => row.element)).toEqual(["Verification of experience"]);
    expect(view!.documents.map((row) => row.fileName)).toEqual(["letter.pdf"]);
    expect((await staffApplication(application.id))!.reference).toBe(application.reference);
    expect(await reviewerDocumentFile("AP-0000-0000", document!.id)).toBeNull();
    expect(await staffEvents(rosa.id, "staff.document.viewed")).toHaveLength(0);
    const file = await reviewerDocumentFile(application.reference, document!.id);
    expect(file!.bytes.toString()).toBe("%PDF-1.4\n");
    expect((await staffEvents(rosa.id, "staff.document.viewed"))[0]).toMatchObject({ userId: person.userId, details: { requirement: "information-requested", mediaType: "application/pdf" } });
    await db.update(applications).set({ status: "draft" }).where(eq(applications.id, application.id));
    expect(await staffApplication(application.reference)).toBeNull();
  });

  it("NX-2: no session, an educator, or staff without the reviewer role are sent away; the refused staff member writes nothing", async () => {
    const { application, person } = await submittedApplication();
    newRequest(null);
    expect(await refusal(() => applicationQueue(readQueueFilters({})))).toBe("/staff/sign-in");
    newRequest(person.userId);
    expect(await refusal(() => staffApplication(application.reference))).toBe("/staff/sign-in");
    await actAs(await createTestStaff({ roles: ["support", "records", "admin"] }));
    const afterStaff = await wholeDatabase();
    expect(await refusal(() => staffApplication(application.reference))).toBe("/staff/denied");
    expect(await refusal(() => reviewerDocumentFile(application.reference, application.id))).toBe("/staff/denied");
    expect(await refusal(() => applicationQueue(readQueueFilters({})))).toBe("/staff/denied");
    expect(await wholeDatabase()).toEqual(afterStaff);
  });
});
