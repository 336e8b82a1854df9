import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { POLL_MS, registerScheduledTask, startDeliveryLoop, stopDeliveryLoop } from "./delivery-loop";
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
});
