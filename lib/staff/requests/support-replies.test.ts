import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, notifications, supportRequestMessages, supportRequests } from "@/lib/platform/db/schema";
import { requestLinesFor } from "@/lib/support/requests-list";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { newRequest } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { supportRequestDetail, supportRequestList } from "./support-inbox";
import { closeSupportRequest, reopenSupportRequest, replyToSupportRequest } from "./support-replies";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

let made = 0;
async function supportRequest(userId: string | null, email: string) {
  made += 1;
  const [row] = await db
    .insert(supportRequests)
    .values({ reference: `SR-TEST-${String(made).padStart(4, "0")}`, userId, name: "Ada Lovelace", email, topic: "sign_in", message: "I cannot sign in." })
    .returning();
  return row!;
}

async function signInSupport() {
  const staff = await createTestStaff({ roles: ["support"] });
  newRequest(null);
  signInStaffInSeam(await staffSessionToken(staff.id));
  return staff;
}

describe("support inbox (issue 15 item 2: support requests)", () => {
  beforeEach(() => newRequest(null));

  it("a reply to an account holder: thread message, answered, notification, email, audit; the educator reads it under My requests", async () => {
    const person = await insertTestAccount();
    const request = await supportRequest(person.userId, person.email);
    const staff = await signInSupport();
    expect(await supportRequestList("open")).toEqual(expect.arrayContaining([expect.objectContaining({ id: request.id, hasAccount: true })]));

    expect(await replyToSupportRequest({ supportRequestId: request.id, message: "We unlocked your account.\nTry again now." })).toMatchObject({ status: "ok", outcome: "replied" });

    const [row] = await db.select().from(supportRequests).where(eq(supportRequests.id, request.id));
    expect(row).toMatchObject({ status: "answered", answeredAt: expect.any(Date) });
    expect(await db.select().from(supportRequestMessages).where(eq(supportRequestMessages.supportRequestId, request.id))).toEqual([
      expect.objectContaining({ author: "staff", staffId: staff.id, body: "We unlocked your account.\nTry again now." }),
    ]);
    expect(await db.select().from(notifications).where(eq(notifications.userId, person.userId))).toEqual([
      expect.objectContaining({ kind: "support_answered", linkPath: "/requests", title: `Reply to your support request ${request.reference}` }),
    ]);
    const mail = await outboxTo(person.email);
    expect(mail).toEqual([expect.objectContaining({ template: "support-reply", subject: `Reply to your support request ${request.reference}` })]);
    expect(mail[0]!.text).toContain("We unlocked your account.");
    expect(mail[0]!.text).toContain("/requests");
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.support.replied"));
    expect(audit).toMatchObject({ staffId: staff.id, userId: person.userId, details: { supportRequestId: request.id } });

    const lines = await requestLinesFor(person.userId);
    expect(lines[0]).toMatchObject({ status: "Answered", reference: request.reference });
    expect(lines[0]!.thread.map((message) => [message.author, message.body])).toEqual([
      ["educator", "I cannot sign in."],
      ["staff", "We unlocked your account.\nTry again now."],
    ]);
    expect((await supportRequestDetail(request.id))!.thread).toHaveLength(1);
    expect(await supportRequestList("answered")).toEqual(expect.arrayContaining([expect.objectContaining({ id: request.id })]));
  });

  it("a visitor's request (no account) gets the reply by email only", async () => {
    const request = await supportRequest(null, "visitor@example.org");
    await signInSupport();
    const feedBefore = (await db.select().from(notifications)).length;
    await replyToSupportRequest({ supportRequestId: request.id, message: "Use Forgot username on the sign-in page." });
    expect(await db.select().from(notifications)).toHaveLength(feedBefore);
    const mail = await outboxTo("visitor@example.org");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain("Use Forgot username");
    expect(mail[0]!.text).not.toContain("/requests");
  });

  it("refuses an empty or SSN-shaped reply and keeps what was typed", async () => {
    const request = await supportRequest(null, "someone@example.org");
    await signInSupport();
    expect(await replyToSupportRequest({ supportRequestId: request.id, message: "" })).toMatchObject({ status: "error", fieldErrors: { message: "Enter your reply" } });
    expect(await replyToSupportRequest({ supportRequestId: request.id, message: "Is 900 12 3456 yours?" })).toMatchObject({
      status: "error",
      fieldErrors: { message: "Do not include a Social Security number" },
      values: { message: "Is 900 12 3456 yours?" },
    });
    expect(await outboxTo("someone@example.org")).toEqual([]);
  });

  it("close and reopen, each audited; closing twice says so", async () => {
    const request = await supportRequest(null, "closer@example.org");
    await signInSupport();
    expect(await closeSupportRequest({ supportRequestId: request.id })).toMatchObject({ status: "ok" });
    expect(await closeSupportRequest({ supportRequestId: request.id })).toMatchObject({ status: "error", formError: "This request is already closed." });
    expect(await supportRequestList("closed")).toEqual(expect.arrayContaining([expect.objectContaining({ id: request.id })]));
    expect(await reopenSupportRequest({ supportRequestId: request.id })).toMatchObject({ status: "ok" });
    const [row] = await db.select().from(supportRequests).where(eq(supportRequests.id, request.id));
    expect(row!.status).toBe("open");
    const events = await db.select({ event: auditEvents.event, details: auditEvents.details }).from(auditEvents);
    expect(events).toEqual(
      expect.arrayContaining([
        { event: "staff.support.closed", details: { supportRequestId: request.id, from: "open" } },
        { event: "staff.support.reopened", details: { supportRequestId: request.id, from: "closed" } },
      ]),
    );
  });
});
