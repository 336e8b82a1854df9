import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, today } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { credentials, credentialTypes, notificationPreferences, renewalReminders, users } from "@/lib/platform/db/schema";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { advanceClock, restoreTestEnv, setClock } from "@/lib/tooling/testing/test-env";
import { sendDueRenewalReminders } from "./renewal-reminders";

provideTestDatabase();

const DAY = 24 * 60 * 60_000;
let typeId = 0;

beforeEach(async () => {
  setClock(new Date("2027-01-10T14:00:00Z"));
  const [type] = await db.insert(credentialTypes).values({ code: `T-REN-${Math.random()}`, name: "Professional Certificate", category: "professional" }).returning();
  typeId = type!.id;
});
afterEach(restoreTestEnv);

/** An account with a confirmed address and one active credential expiring `days` from today. */
async function educatorWithCredential(days: number, certificateNumber: string, confirmed = true) {
  const account = await insertTestAccount();
  if (confirmed) await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, account.userId));
  await db.insert(credentials).values({
    educatorId: account.educatorId, credentialTypeId: typeId, certificateNumber, area: "Mathematics", status: "active",
    effectiveDate: addDays(today(), -1700), expirationDate: addDays(today(), days),
  });
  return account;
}

const reminders = async (address: string) => (await outboxTo(address)).filter((message) => message.template === "renewal-reminder");

describe("renewal reminder emails (issue 12 item 7)", () => {
  it("sends one at 90, 30 and 7 days before expiry, each once, whatever how often the task runs", async () => {
    const account = await educatorWithCredential(95, "KYR000001");
    expect(await sendDueRenewalReminders()).toBe(0);

    advanceClock(5 * DAY);
    // Two instances at the same moment: still one email.
    const counts = await Promise.all([sendDueRenewalReminders(), sendDueRenewalReminders()]);
    expect(counts[0]! + counts[1]!).toBe(1);
    expect(await sendDueRenewalReminders()).toBe(0);
    advanceClock(59 * DAY); // 31 days left: still inside the 90-day stage
    expect(await sendDueRenewalReminders()).toBe(0);
    advanceClock(DAY);
    expect(await sendDueRenewalReminders()).toBe(1);
    advanceClock(23 * DAY);
    expect(await sendDueRenewalReminders()).toBe(1);
    advanceClock(7 * DAY); // the expiry day: the 7-day reminder was sent, nothing more
    expect(await sendDueRenewalReminders()).toBe(0);

    const sent = await reminders(account.email);
    expect(sent.map((message) => message.subject)).toEqual([
      "Your certificate expires in 90 days",
      "Your certificate expires in 30 days",
      "Your certificate expires in a few days",
    ]);
    expect(sent[0]!.text).toContain("Professional Certificate (Mathematics), certificate KYR000001, expires on");
    expect(sent[0]!.html).toContain("http://localhost:3000/apply");
    expect(sent[0]!.html).toContain("http://localhost:3000/profile#notification-preferences");
    expect((await db.select().from(renewalReminders)).map((row) => row.daysBefore).sort((a, b) => a - b)).toEqual([7, 30, 90]);
  });

  it("sends only the stage reached when a credential is first seen late, and starts again after a renewal moves the date", async () => {
    const account = await educatorWithCredential(20, "KYR000002");
    expect(await sendDueRenewalReminders()).toBe(1);
    expect((await reminders(account.email))[0]!.subject).toBe("Your certificate expires in 20 days");

    await db.update(credentials).set({ expirationDate: addDays(today(), 85) }).where(eq(credentials.certificateNumber, "KYR000002"));
    expect(await sendDueRenewalReminders()).toBe(1);
    expect((await reminders(account.email)).map((message) => message.subject)).toContain("Your certificate expires in 85 days");
  });

  it("sends nothing to an unconfirmed address, to someone who turned reminders off, or about an inactive credential", async () => {
    await educatorWithCredential(60, "KYR000003", false);
    const optedOut = await educatorWithCredential(60, "KYR000004");
    await db.insert(notificationPreferences).values({ userId: optedOut.userId, renewalReminderEmails: false });
    const revoked = await educatorWithCredential(60, "KYR000005");
    await db.update(credentials).set({ status: "revoked" }).where(eq(credentials.educatorId, revoked.educatorId));
    expect(await sendDueRenewalReminders()).toBe(0);
  });
});
