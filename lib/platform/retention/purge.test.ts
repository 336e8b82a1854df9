import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import {
  auditEvents,
  emailOutbox,
  microsoftLinkIntents,
  oneTimeTokens,
  pendingMicrosoftLinks,
  rateLimitCounters,
  registrationClaims,
  usedCaptchaChallenges,
} from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { purgeExpiredData } from "./purge";

provideTestDatabase();

const NOW = new Date("2026-11-29T10:00:00Z");
const DAY = 24 * 60 * 60_000;
/** `days` before NOW, plus or minus a second: just past the period, or just within it. */
const past = (days: number) => new Date(NOW.getTime() - days * DAY - 1000);
const within = (days: number) => new Date(NOW.getTime() - days * DAY + 1000);

const email = (status: "pending" | "sending" | "sent" | "failed", at: Date, subject: string) => ({
  toAddress: "ada@example.org",
  subject,
  html: "<p>x</p>",
  text: "x",
  template: "test",
  status,
  sentAt: status === "sent" ? at : null,
  createdAt: at,
});

const subjects = async () => (await db.select({ subject: emailOutbox.subject }).from(emailOutbox)).map((row) => row.subject).sort();

beforeEach(() => {
  setClock(NOW);
  useTestEnv({ RETENTION_SENT_EMAIL_DAYS: "30", RETENTION_FAILED_EMAIL_DAYS: "90", RETENTION_EXPIRED_TOKEN_DAYS: "7", RETENTION_AUDIT_DAYS: "400" });
});
afterEach(restoreTestEnv);

describe("retention: the purge removes exactly what is past its period (issue 12 item 4)", () => {
  it("email: sent after RETENTION_SENT_EMAIL_DAYS, failed after RETENTION_FAILED_EMAIL_DAYS, pending and sending never", async () => {
    await db.insert(emailOutbox).values([
      email("sent", past(30), "sent-expired"),
      email("sent", within(30), "sent-kept"),
      email("failed", past(90), "failed-expired"),
      email("failed", within(90), "failed-kept"),
      email("pending", past(3650), "pending-old"),
      email("sending", past(3650), "sending-old"),
    ]);
    const report = await purgeExpiredData();
    expect(report).toMatchObject({ sentEmails: 1, failedEmails: 1 });
    expect(await subjects()).toEqual(["failed-kept", "pending-old", "sending-old", "sent-kept"]);
  });

  it("tokens, claims and Microsoft links: RETENTION_EXPIRED_TOKEN_DAYS after they expired, used or not", async () => {
    const { userId, email: address, educatorId } = await insertTestAccount();
    const token = (expiresAt: Date, usedAt: Date | null = null) => ({ purpose: "password_reset" as const, tokenHash: randomUUID(), userId, email: address, expiresAt, usedAt });
    await db.insert(oneTimeTokens).values([token(past(7)), token(past(7), past(8)), token(within(7)), token(new Date(NOW.getTime() + DAY))]);
    const binding = () => ({ tokenHash: randomUUID(), browserBindingHash: randomUUID() });
    await db.insert(registrationClaims).values([
      { ...binding(), educatorId, expiresAt: past(7) },
      { ...binding(), educatorId, expiresAt: within(7) },
    ]);
    const identity = { provider: "microsoft-entra-id", providerAccountId: "sub-1" };
    await db.insert(pendingMicrosoftLinks).values([
      { ...binding(), ...identity, expiresAt: past(7) },
      { ...binding(), ...identity, expiresAt: within(7) },
    ]);
    await db.insert(microsoftLinkIntents).values([
      { ...binding(), userId, expiresAt: past(7) },
      { ...binding(), userId, expiresAt: within(7) },
    ]);

    expect(await purgeExpiredData()).toMatchObject({ oneTimeTokens: 2, registrationClaims: 1, microsoftLinks: 2 });
    expect(await db.$count(oneTimeTokens)).toBe(2);
    expect(await db.$count(registrationClaims)).toBe(1);
    expect(await db.$count(pendingMicrosoftLinks)).toBe(1);
    expect(await db.$count(microsoftLinkIntents)).toBe(1);
  });

  it("captcha challenges and rate-limit rows go as soon as they expire; live ones stay", async () => {
    const second = 1000;
    await db.insert(usedCaptchaChallenges).values([
      { challengeHash: "gone", expiresAt: new Date(NOW.getTime() - second) },
      { challengeHash: "live", expiresAt: new Date(NOW.getTime() + second) },
    ]);
    await db.insert(rateLimitCounters).values([
      { key: "gone", count: 3, windowStartedAt: past(1), expiresAt: new Date(NOW.getTime() - second) },
      { key: "live", count: 3, windowStartedAt: NOW, expiresAt: new Date(NOW.getTime() + second) },
    ]);
    expect(await purgeExpiredData()).toMatchObject({ captchaChallenges: 1, rateLimitCounters: 1 });
    expect((await db.select().from(usedCaptchaChallenges)).map((row) => row.challengeHash)).toEqual(["live"]);
    expect((await db.select().from(rateLimitCounters)).map((row) => row.key)).toEqual(["live"]);
  });

  it("audit events are kept RETENTION_AUDIT_DAYS, the longest period, and only older ones go", async () => {
    await db.insert(auditEvents).values([
      { event: "sign_in", outcome: "expired", occurredAt: past(400) },
      { event: "sign_in", outcome: "kept", occurredAt: within(400) },
      { event: "sign_in", outcome: "recent", occurredAt: past(91) },
    ]);
    expect(await purgeExpiredData()).toMatchObject({ auditEvents: 1 });
    expect((await db.select().from(auditEvents)).map((row) => row.outcome).sort()).toEqual(["kept", "recent"]);
  });

  it("a second run finds nothing more: every count is zero", async () => {
    await db.insert(emailOutbox).values([email("sent", past(30), "sent-expired")]);
    await purgeExpiredData();
    expect(Object.values(await purgeExpiredData()).every((count) => count === 0)).toBe(true);
  });
});
