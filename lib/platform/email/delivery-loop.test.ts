import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { deliverRecoveryRequests } from "@/lib/recovery/recovery-queue";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";
import { POLL_MS, registerQueueWorker, registerScheduledTask, startDeliveryLoop, stopDeliveryLoop } from "./delivery-loop";
import { enqueueEmail } from "./outbox";

provideTestDatabase();
afterAll(() => stopDeliveryLoop());

describe("delivery loop", () => {
  it("started twice runs once: delivers queued mail within a poll or two and runs scheduled tasks", async () => {
    const runs: number[] = [];
    registerScheduledTask("test-counter", 1, async () => {
      runs.push(Date.now());
    });
    const id = await enqueueEmail(db, emailConfirmationMessage("loop@example.org", { name: "Lu", confirmUrl: "http://localhost:3000/x" }));
    startDeliveryLoop();
    startDeliveryLoop();
    await expect
      .poll(async () => (await db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0]?.status, {
        timeout: 4 * POLL_MS,
        interval: 200,
      })
      .toBe("sent");
    // A task due at every tick runs once per tick: with one loop, runs are a poll interval apart
    // (a second loop would add runs in between).
    await new Promise((resolve) => setTimeout(resolve, 2 * POLL_MS + 200));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const gaps = runs.slice(1).map((at, index) => at - runs[index]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(POLL_MS - 100);
  });

  it("works a queue before sending: a \"Forgot password\" request becomes a sent email within a tick or two (issue 11 item 5)", async () => {
    registerQueueWorker("recovery-requests", () => deliverRecoveryRequests());
    await requestPasswordReset("queued.nobody@example.org", { ip: "192.0.2.90", userAgent: null });
    const sentTo = async () => (await db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.toAddress, "queued.nobody@example.org")))[0]?.status;
    await expect.poll(sentTo, { timeout: 4 * POLL_MS, interval: 200 }).toBe("sent");
  });
});
