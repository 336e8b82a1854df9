import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { auditEvents, emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { outboxCounts, outboxMessages } from "./outbox-view";
import { retryOutboxMessage } from "./retry-message";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

async function message(status: "pending" | "failed" | "sent", to: string) {
  const [row] = await db
    .insert(emailOutbox)
    .values({ toAddress: to, subject: "Reset your password", html: "<a href='https://portal/reset?token=SECRET'>x</a>", text: "token=SECRET", template: "password-reset", status, attempts: status === "failed" ? 12 : 0, lastError: status === "failed" ? "550 mailbox unavailable" : null, nextAttemptAt: new Date("2026-12-01T08:00:00Z") })
    .returning({ id: emailOutbox.id });
  return row!.id;
}

describe("email outbox view and retry (issue 15 item 2: email outbox)", () => {
  beforeEach(async () => {
    setClock(new Date("2026-12-01T10:00:00Z"));
    const staff = await createTestStaff({ roles: ["support"] });
    newRequest(null);
    signInStaffInSeam(await staffSessionToken(staff.id));
  });

  it("lists failed and waiting messages with their reason and attempts, never their body", async () => {
    const failed = await message("failed", "failed@example.org");
    const waiting = await message("pending", "waiting@example.org");
    await message("sent", "sent@example.org");
    const failedLines = await outboxMessages("failed");
    expect(failedLines).toEqual([expect.objectContaining({ id: failed, to: "failed@example.org", template: "password-reset", subject: "Reset your password", attempts: 12, lastError: "550 mailbox unavailable", status: "failed" })]);
    expect((await outboxMessages("pending")).map((line) => line.id)).toEqual([waiting]);
    expect(JSON.stringify([failedLines, await outboxMessages("pending")])).not.toContain("SECRET");
    expect(await outboxCounts()).toEqual({ failed: 1, pending: 1 });
  });

  it("retry: a failed message is pending again, due now, and audited; a waiting one cannot be retried", async () => {
    const failed = (await outboxMessages("failed"))[0]!.id;
    expect(await retryOutboxMessage({ messageId: failed })).toMatchObject({ status: "ok" });
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, failed));
    expect(row).toMatchObject({ status: "pending", nextAttemptAt: new Date("2026-12-01T10:00:00Z"), attempts: 12 });
    expect(await retryOutboxMessage({ messageId: failed })).toMatchObject({ status: "error", formError: expect.stringContaining("not a failed one") });
    expect(await retryOutboxMessage({ messageId: "nonsense" })).toMatchObject({ status: "error", formError: "This message was not found." });
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.outbox.retried"));
    expect(audit).toMatchObject({ details: { messageId: failed, template: "password-reset" } });
    expect(JSON.stringify(audit!.details)).not.toContain("@");
  });
});
