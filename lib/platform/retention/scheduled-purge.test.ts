import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { oneTimeTokens, pendingMicrosoftLinks, registrationClaims, usedCaptchaChallenges } from "@/lib/platform/db/schema";
import { scheduledTasks, startDeliveryLoop, stopDeliveryLoop } from "@/lib/platform/email/delivery-loop";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";

provideTestDatabase();
afterAll(() => stopDeliveryLoop());

const DAY = 24 * 60 * 60_000;

describe("the background loop purges on a schedule (CAP-4, TOK-2, REG-7)", () => {
  it("CAP-4, TOK-2, REG-7: every server's loop runs the retention purge hourly, and it removes used captcha challenges, expired claims, tokens and pending links", async () => {
    startDeliveryLoop();
    await stopDeliveryLoop(); // registration is what is under test; the hour-long wait is not
    const task = scheduledTasks().find((entry) => entry.name === "retention-purge");
    expect(task?.everyMs).toBe(60 * 60_000);

    const { userId, email, educatorId } = await insertTestAccount();
    const longAgo = new Date(Date.now() - 30 * DAY);
    const later = new Date(Date.now() + DAY);
    const binding = () => ({ tokenHash: randomUUID(), browserBindingHash: randomUUID() });
    await db.insert(usedCaptchaChallenges).values([
      { challengeHash: "expired", expiresAt: new Date(Date.now() - 1000) },
      { challengeHash: "live", expiresAt: later },
    ]);
    await db.insert(registrationClaims).values([{ ...binding(), educatorId, expiresAt: longAgo }, { ...binding(), educatorId, expiresAt: later }]);
    await db.insert(oneTimeTokens).values([
      { purpose: "password_reset", tokenHash: randomUUID(), userId, email, expiresAt: longAgo },
      { purpose: "password_reset", tokenHash: randomUUID(), userId, email, expiresAt: later },
    ]);
    const identity = { provider: "microsoft-entra-id", providerAccountId: "sub-scheduled" };
    await db.insert(pendingMicrosoftLinks).values([{ ...binding(), ...identity, expiresAt: longAgo }, { ...binding(), ...identity, expiresAt: later }]);

    await task!.run();
    expect((await db.select().from(usedCaptchaChallenges)).map((row) => row.challengeHash)).toEqual(["live"]);
    expect(await db.$count(registrationClaims)).toBe(1);
    expect(await db.$count(oneTimeTokens)).toBe(1);
    expect(await db.$count(pendingMicrosoftLinks)).toBe(1);
  });
});
