import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, supportRequestMessages, supportRequests } from "@/lib/platform/db/schema";
import { getConfig } from "@/lib/platform/config/env";
import { context, insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { sendFollowUpFor } from "./follow-up";
import { requestLinesFor } from "./requests-list";

provideTestDatabase();

describe("the educator's answer in a support thread (issue 15: My requests)", () => {
  it("adds to their own thread, reopens the request and is audited; another's request, an empty or SSN-shaped message are refused", async () => {
    const person = await insertTestAccount();
    const other = await insertTestAccount();
    const [request] = await db
      .insert(supportRequests)
      .values({ reference: "SR-FLUP-0001", userId: person.userId, name: "Ada", email: person.email, topic: "payment", message: "Was I charged twice?", status: "answered" })
      .returning();

    expect(await sendFollowUpFor(other.userId, { supportRequestId: request!.id, message: "Hello" }, context)).toMatchObject({ status: "error", formError: "This request was not found among yours." });
    expect(await sendFollowUpFor(person.userId, { supportRequestId: request!.id, message: "" }, context)).toMatchObject({ fieldErrors: { message: "Enter your message" } });
    expect(await sendFollowUpFor(person.userId, { supportRequestId: request!.id, message: "SSN 900-11-2222" }, context)).toMatchObject({ values: { message: "SSN [removed]" } });
    expect(await db.select().from(supportRequestMessages)).toEqual([]);
    expect(await outboxTo(getConfig().SUPPORT_EMAIL), "nothing refused reaches the support mailbox").toEqual([]);

    expect(await sendFollowUpFor(person.userId, { supportRequestId: request!.id, message: "The second charge is still there." }, context)).toMatchObject({ status: "ok", outcome: "sent" });
    const [row] = await db.select().from(supportRequests).where(eq(supportRequests.id, request!.id));
    expect(row!.status).toBe("open");
    expect((await requestLinesFor(person.userId))[0]!.thread.map((message) => message.author)).toEqual(["educator", "educator"]);
    expect(await db.select({ event: auditEvents.event, userId: auditEvents.userId }).from(auditEvents)).toEqual([{ event: "support.follow_up_sent", userId: person.userId }]);

    // The support team hears of the reply as it heard of the request, with the way into the console.
    const [notice, ...more] = await outboxTo(getConfig().SUPPORT_EMAIL);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ template: "support-reply-notice", subject: "Reply to support request SR-FLUP-0001: Payment" });
    expect(notice!.text).toContain("The second charge is still there.");
    expect(notice!.text).toContain(`Account: ${person.username}`);
    expect(notice!.text).toContain(`${getConfig().APP_URL}/staff/requests/support/${request!.id}`);
  });
});
