import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";
import { createTestAccount, goodPassword, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { softwarePasskey } from "@/lib/tooling/testing/software-authenticator";
import { advanceClock, restoreTestEnv, setClock } from "@/lib/tooling/testing/test-env";
import { eq } from "drizzle-orm";
import { hasAuthenticator, spendAuthenticatorCode, startAuthenticatorEnrolment } from "./authenticator";
import { rememberedCookie, rememberThisBrowser } from "./device-trust";
import { hasSecondFactor } from "./factors";
import { cancelRemoval, sendRemovalLink, startRemovalWait } from "./factor-removal";
import { finishRegistration, registrationOptionsFor } from "./passkeys";
import { issueRecoveryCodes, unusedRecoveryCodes } from "./recovery-codes";
import { secondStepNeeded } from "./second-step-needed";
import { totpCodeAt } from "./totp";

/** This browser's cookie jar, as next/headers' cookies() sees it. */
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));

provideTestDatabase();
beforeEach(() => {
  jar.clear();
  setClock(new Date("2026-11-30T15:00:05Z"));
});
afterEach(restoreTestEnv);

const request = { ip: "203.0.113.81", userAgent: "vitest" };
let accounts = 0;

/** An account with an authenticator app, a passkey and recovery codes. */
async function protectedAccount() {
  const user = await createTestAccount(`needed${process.pid}x${(accounts += 1)}`, goodPassword);
  const secret = (await startAuthenticatorEnrolment(user.id))!;
  expect(await spendAuthenticatorCode(user.id, totpCodeAt(secret, new Date("2026-11-30T15:00:05Z")), true)).toMatchObject({ ok: true });
  const key = softwarePasskey();
  const options = await registrationOptionsFor({ id: user.id, username: user.username }, "browser-key-aaaaaaaaaaaaaaaa");
  expect(await finishRegistration(user.id, key.register(options, "http://localhost:3000") as never, "Laptop", "browser-key-aaaaaaaaaaaaaaaa")).not.toBeNull();
  await issueRecoveryCodes(user.id);
  return user;
}

/** The link in the newest email with `subject` to the account. */
async function linkFrom(email: string, subject: string): Promise<string> {
  const mail = (await outboxTo(email)).filter((row) => row.subject === subject).at(-1)!;
  return new URL(/https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(mail.text)![0]).searchParams.get("token")!;
}

describe("when a sign-in needs the second step", () => {
  it("MFA-11: a remembered browser skips it for its account only; another browser is still asked", async () => {
    const user = await protectedAccount();
    const other = await protectedAccount();
    expect(await secondStepNeeded(user.id, request, await rememberedCookie())).toBe(true);
    await rememberThisBrowser(user.id);
    expect(await secondStepNeeded(user.id, request, await rememberedCookie())).toBe(false);
    expect(await secondStepNeeded(other.id, request, await rememberedCookie())).toBe(true);
    jar.clear();
    expect(await secondStepNeeded(user.id, request, await rememberedCookie())).toBe(true);
  });

  it("MFA-12: the emailed link starts a 24-hour wait and warns the account; after it the next sign-in removes every factor", async () => {
    const user = await protectedAccount();
    expect(await sendRemovalLink(user.id, request)).toBe("sent");
    const due = await startRemovalWait(await linkFrom(user.email, "Remove two-step sign-in from your account"), request);
    expect(due!.toISOString()).toBe("2026-12-01T15:00:05.000Z");
    const warning = (await outboxTo(user.email)).find((mail) => mail.subject.startsWith("Two-step sign-in will be removed"));
    expect(warning!.text).toContain("cancel-removal?token=");
    advanceClock(24 * 60 * 60 * 1000 - 1000);
    expect(await secondStepNeeded(user.id, request, await rememberedCookie())).toBe(true);
    expect(await hasSecondFactor(user.id)).toBe(true);
    advanceClock(2000);
    expect(await secondStepNeeded(user.id, request, await rememberedCookie())).toBe(false);
    expect(await hasSecondFactor(user.id)).toBe(false);
    expect(await hasAuthenticator(user.id)).toBe(false);
    expect(await unusedRecoveryCodes(user.id)).toBe(0);
    expect((await outboxTo(user.email)).map((mail) => mail.subject)).toContain("Two-step sign-in was removed from your account");
    const events = await db.select({ event: auditEvents.event }).from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((row) => row.event)).toEqual(expect.arrayContaining(["second-factor.removal-scheduled", "second-factor.all-removed-after-wait"]));
  });

  it("MFA-12: the cancel link ends the wait; a used or unknown link does nothing", async () => {
    const user = await protectedAccount();
    await sendRemovalLink(user.id, request);
    const link = await linkFrom(user.email, "Remove two-step sign-in from your account");
    await startRemovalWait(link, request);
    expect(await startRemovalWait(link, request)).toBeNull();
    expect(await cancelRemoval(await linkFrom(user.email, "Two-step sign-in will be removed from your account unless you cancel"), request)).toBe(true);
    advanceClock(25 * 60 * 60 * 1000);
    expect(await secondStepNeeded(user.id, request, await rememberedCookie())).toBe(true);
    expect(await hasSecondFactor(user.id)).toBe(true);
    expect(await cancelRemoval("x".repeat(43), request)).toBe(false);
  });

  it("MFA-12: links are limited to three an hour per account", async () => {
    const user = await protectedAccount();
    for (let sent = 0; sent < 3; sent += 1) expect(await sendRemovalLink(user.id, request)).toBe("sent");
    expect(await sendRemovalLink(user.id, request)).toBe("throttled");
  });
});
