import { and, desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createTestAccount, openedOutboxRow } from "@/lib/tooling/testing/factory";
import { advanceClock, setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { emailOutbox, oneTimeTokens, users } from "@/lib/platform/db/schema";
import { verifyPassword } from "@/lib/platform/security/password-hash";
import { passwordHashes } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { sendUsernameReminder } from "./forgot-username";
import { hashToken } from "@/lib/platform/tokens/one-time-tokens";
import { requestPasswordReset } from "./request-password-reset";
import { deliverRecoveryRequests } from "./recovery-queue";
import { resetPassword } from "./reset-password";

provideTestDatabase();
afterEach(() => setClock(undefined));

/** The newest email to `to`, once the background deliverer's half (recovery-queue.ts) has run. */
async function latestMail(to: string) {
  await deliverRecoveryRequests();
  const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.createdAt)).limit(1);
  return openedOutboxRow(mail!);
}
/** The token of the email's reset link; a mail without one fails the test here, not later as an "invalid link". */
function tokenIn(text: string): string {
  const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  expect(token, "the email carries a reset link").toMatch(/^[A-Za-z0-9_-]{43}$/);
  return token!;
}
const newPassword = "Harbor-Quartz-Meadow-83!";

describe("forgot username (TOK-5)", () => {
  it("lists every username on the address, or says none does", async () => {
    await createTestAccount("r.first", "Amber-Canyon-Whistle-42!", "family@example.org");
    await createTestAccount("r.second", "Amber-Canyon-Whistle-42!", "family@example.org");
    await sendUsernameReminder("Family@Example.org ", { ip: "192.0.2.10", userAgent: null });
    const mail = await latestMail("family@example.org");
    expect(mail.text).toContain("r.first");
    expect(mail.text).toContain("r.second");
    await sendUsernameReminder("nobody@example.org", { ip: "192.0.2.10", userAgent: null });
    expect((await latestMail("nobody@example.org")).template).toBe("password-reset-no-account");
  });
});

describe("password reset (TOK-4, SES-5, NOTIF-1)", () => {
  it("emails a link whose token is stored only as a hash, and resets once, ending every session", async () => {
    const user = await createTestAccount("r.reset", "Amber-Canyon-Whistle-42!");
    await requestPasswordReset("R.RESET", { ip: "192.0.2.11", userAgent: null });
    const token = tokenIn((await latestMail("r.reset@example.org")).text);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const stored = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id));
    expect(stored.map((row) => row.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(stored)).not.toContain(token);

    const weak = await resetPassword({ token, password: "r.reset-Amber-Canyon-1!", confirmPassword: "r.reset-Amber-Canyon-1!", request: null });
    expect(weak).toMatchObject({ ok: false, kind: "password", field: "password" });
    expect(await resetPassword({ token, password: newPassword, confirmPassword: newPassword, request: null })).toEqual({ ok: true });
    expect(await resetPassword({ token, password: newPassword, confirmPassword: newPassword, request: null })).toEqual({ ok: false, kind: "invalid-link" });

    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.sessionVersion).toBe(2);
    const [hash] = await db.select().from(passwordHashes).where(eq(passwordHashes.userId, user.id));
    expect(await verifyPassword(hash!.hash, newPassword)).toBe(true);
    const changed = await latestMail("r.reset@example.org");
    expect(changed.template).toBe("password-changed");
    expect(changed.text).toContain("This wasn't me");
  });

  it("refuses a link after 30 minutes, and a newer request retires the older link", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    await createTestAccount("r.expire", "Amber-Canyon-Whistle-42!");
    await requestPasswordReset("r.expire", { ip: "192.0.2.12", userAgent: null });
    const first = tokenIn((await latestMail("r.expire@example.org")).text);
    advanceClock(1000);
    await requestPasswordReset("r.expire@example.org", { ip: "192.0.2.12", userAgent: null });
    const second = tokenIn((await latestMail("r.expire@example.org")).text);
    expect(await resetPassword({ token: first, password: newPassword, confirmPassword: newPassword, request: null })).toMatchObject({ kind: "invalid-link" });
    advanceClock(30 * 60_000 + 1000);
    expect(await resetPassword({ token: second, password: newPassword, confirmPassword: newPassword, request: null })).toMatchObject({ kind: "invalid-link" });
  });

  it("limits requests per typed address (RL-8), whether or not an account uses it", async () => {
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) outcomes.push((await requestPasswordReset("ghost@example.org", { ip: `192.0.2.${20 + i}`, userAgent: null })).allowed);
    expect(outcomes).toEqual([true, true, true, true, true, false]);
    await deliverRecoveryRequests();
    const sent = await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, "ghost@example.org")));
    expect(sent).toHaveLength(5);
  });
});
