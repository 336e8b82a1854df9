import { and, eq, isNull } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createTestAccount, goodPassword, outboxTo } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { microsoftLinkIntents, oneTimeTokens } from "@/lib/platform/db/schema";
import { hashToken, issueToken, newToken, peekToken } from "@/lib/platform/tokens/one-time-tokens";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { resetPassword } from "@/lib/recovery/reset-password";
import { confirmEmailChange, requestEmailChangeFor } from "./email-change";
import { changePasswordFor, signOutOtherSessionsFor } from "./security";

provideTestDatabase();
afterEach(() => setClock(undefined));

const request = { ip: "192.0.2.90", userAgent: "vitest" };
const fresh = () => Math.floor(now().getTime() / 1000);
const newPassword = "Velvet-Harbor-Lantern-82!";
let accounts = 0;

/** An account with a pending email change (its link as the attacker would hold it) and one of every other outstanding link. */
async function accountWithOutstandingLinks() {
  accounts += 1;
  const user = await createTestAccount(`retire${process.pid}x${accounts}`, goodPassword);
  const target = `attacker${process.pid}x${accounts}@evil.example`;
  expect(await requestEmailChangeFor(user.id, fresh(), { newEmail: target }, request)).toMatchObject({ status: "ok" });
  const mail = (await outboxTo(target)).find((row) => row.template === "email-change-confirm");
  const emailChangeLink = /confirm-email-change\?token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "")![1]!;
  const others = {
    unlock: await issueToken(db, { purpose: "account_unlock", userId: user.id, email: user.email }),
    confirmation: await issueToken(db, { purpose: "email_confirmation", userId: user.id, email: user.email }),
  };
  await db.insert(microsoftLinkIntents).values({
    userId: user.id,
    tokenHash: hashToken(newToken()),
    browserBindingHash: hashToken(newToken()),
    expiresAt: new Date(now().getTime() + 10 * 60_000),
  });
  return { user, emailChangeLink, others };
}

async function expectEverythingRetired(userId: string, emailChangeLink: string, others: { unlock: string; confirmation: string }) {
  expect(await confirmEmailChange(emailChangeLink, request)).toBe("used");
  expect(await peekToken("account_unlock", others.unlock)).toBeNull();
  expect(await peekToken("email_confirmation", others.confirmation)).toBeNull();
  const liveEmailed = await db
    .select({ purpose: oneTimeTokens.purpose })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.userId, userId), isNull(oneTimeTokens.usedAt)));
  expect(liveEmailed.map((row) => row.purpose).filter((purpose) => purpose !== "session_renewal")).toEqual([]);
  const pendingIntents = await db.select().from(microsoftLinkIntents).where(and(eq(microsoftLinkIntents.userId, userId), isNull(microsoftLinkIntents.consumedAt)));
  expect(pendingIntents).toEqual([]);
}

describe("taking the account back retires every outstanding link (issue 11 item 3; SES-5, TOK-4)", () => {
  it("SES-5, TOK-4: pending email change → the victim resets the password → the old email-change link no longer works", async () => {
    const { user, emailChangeLink, others } = await accountWithOutstandingLinks();
    const reset = await issueToken(db, { purpose: "password_reset", userId: user.id, email: user.email });
    expect(await resetPassword({ token: reset, password: newPassword, confirmPassword: newPassword, request })).toEqual({ ok: true });
    await expectEverythingRetired(user.id, emailChangeLink, others);
  });

  it("SES-5: a password change retires the pending email change, unlock and confirmation links and Microsoft link intents", async () => {
    const { user, emailChangeLink, others } = await accountWithOutstandingLinks();
    const change = await changePasswordFor(user.id, { currentPassword: goodPassword, password: newPassword, confirmPassword: newPassword }, request);
    expect(change.state.status).toBe("ok");
    expect(await peekToken("session_renewal", change.renewalTicket)).not.toBeNull(); // this session's own ticket survives
    await expectEverythingRetired(user.id, emailChangeLink, others);
  });

  it("SES-5: \"sign out of all other sessions\" retires them too", async () => {
    const { user, emailChangeLink, others } = await accountWithOutstandingLinks();
    await signOutOtherSessionsFor(user.id, request);
    await expectEverythingRetired(user.id, emailChangeLink, others);
  });

  it("an unrelated account's links are untouched", async () => {
    const bystander = await accountWithOutstandingLinks();
    const { user } = await accountWithOutstandingLinks();
    await signOutOtherSessionsFor(user.id, request);
    expect(await peekToken("account_unlock", bystander.others.unlock)).not.toBeNull();
    expect(await confirmEmailChange(bystander.emailChangeLink, request)).toBe("changed");
  });
});
