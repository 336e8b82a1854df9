import { afterEach, describe, expect, it } from "vitest";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { secondFactorCount } from "@/lib/second-factor/factors";
import { authenticationOptionsFor, listPasskeys } from "@/lib/second-factor/passkeys";
import { verifyPasskeyStep } from "@/lib/second-factor/second-step";
import { createTestAccount, goodPassword, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { softwarePasskey, type SoftwarePasskey } from "@/lib/tooling/testing/software-authenticator";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { beginPasskeyFor, finishPasskeyFor, removePasskeyFor, renameSecondFactorFor } from "./passkeys";

provideTestDatabase();
afterEach(restoreTestEnv);

const request = { ip: "203.0.113.61", userAgent: "vitest" };
const browser = "browser-key-one-aaaaaaaaaaaa";
const otherBrowser = "browser-key-two-bbbbbbbbbbbb";
const fresh = () => Math.floor(now().getTime() / 1000);
const longAgo = () => fresh() - 60 * 60;
const origin = () => getConfig().APP_URL;
let accounts = 0;

async function account() {
  accounts += 1;
  return createTestAccount(`passkey${process.pid}x${accounts}`, goodPassword);
}

/** Adds `key` to the account the way the profile does: begin (gate, options), the authenticator, finish. */
async function addPasskey(userId: string, key: SoftwarePasskey, name = "Work laptop", key2 = browser) {
  const begun = await beginPasskeyFor(userId, fresh(), { passkeyName: name }, request, key2);
  expect(begun.status).toBe("ok");
  const response = key.register(begun.outcome!.options, origin());
  return finishPasskeyFor(userId, { passkeyName: name, passkeyResponse: JSON.stringify(response) }, request, key2);
}

async function signInWith(userId: string, key: SoftwarePasskey, answerFrom = browser, askFrom = browser) {
  const options = (await authenticationOptionsFor(userId, askFrom))!;
  return verifyPasskeyStep(userId, key.authenticate(options, origin()) as never, answerFrom, request);
}

describe("passkeys on the profile (MFA-10)", () => {
  it("MFA-10: a passkey is added with its name, a first factor brings recovery codes, the account is emailed, and it signs in", async () => {
    const user = await account();
    const key = softwarePasskey();
    const added = await addPasskey(user.id, key);
    expect(added).toMatchObject({ status: "ok" });
    expect(added.outcome!.recoveryCodes).toHaveLength(10);
    const [stored] = await listPasskeys(user.id);
    expect(stored).toMatchObject({ name: "Work laptop", lastUsedAt: null });
    const mails = await outboxTo(user.email);
    expect(mails.map((mail) => mail.subject)).toContain("A passkey was added to your account");
    expect(await signInWith(user.id, key)).toEqual({ ok: true, method: "passkey" });
    expect((await listPasskeys(user.id))[0]!.lastUsedAt).not.toBeNull();
    // A second passkey brings no new codes (the first ones still back both up).
    expect((await addPasskey(user.id, softwarePasskey(), "Blue key")).outcome!.recoveryCodes).toHaveLength(0);
    expect(await secondFactorCount(user.id)).toBe(2);
  });

  it("MFA-10: a challenge is single use, short lived, and bound to the browser that asked", async () => {
    const user = await account();
    const key = softwarePasskey();
    await addPasskey(user.id, key);
    const options = (await authenticationOptionsFor(user.id, browser))!;
    const answer = key.authenticate(options, origin());
    // Another browser cannot finish with this browser's challenge (and it does not use it up).
    expect(await verifyPasskeyStep(user.id, answer as never, otherBrowser, request)).toMatchObject({ ok: false });
    expect(await verifyPasskeyStep(user.id, answer as never, browser, request)).toEqual({ ok: true, method: "passkey" });
    // The same answer again: the challenge is gone.
    expect(await verifyPasskeyStep(user.id, answer as never, browser, request)).toMatchObject({ ok: false });
    // Older than two minutes: refused.
    setClock(now());
    const late = (await authenticationOptionsFor(user.id, browser))!;
    advanceClock(121_000);
    expect(await verifyPasskeyStep(user.id, key.authenticate(late, origin()) as never, browser, request)).toMatchObject({ ok: false });
  });

  it("MFA-10: an answer made for another origin, or a counter that went backwards (a cloned key), is refused", async () => {
    const user = await account();
    const key = softwarePasskey();
    await addPasskey(user.id, key);
    const options = (await authenticationOptionsFor(user.id, browser))!;
    expect(await verifyPasskeyStep(user.id, key.authenticate(options, "https://evil.example") as never, browser, request)).toMatchObject({ ok: false });
    expect(await signInWith(user.id, key)).toEqual({ ok: true, method: "passkey" });
    key.counter = 1;
    expect(await signInWith(user.id, key)).toMatchObject({ ok: false });
  });

  it("SES-7: adding and removing need the password after 15 minutes; renaming is emailed; nobody touches another's passkey", async () => {
    const user = await account();
    const other = await account();
    expect(await beginPasskeyFor(user.id, longAgo(), { passkeyName: "Phone" }, request, browser)).toMatchObject({ fieldErrors: { currentPassword: expect.any(String) } });
    expect(await beginPasskeyFor(user.id, fresh(), { passkeyName: " " }, request, browser)).toMatchObject({ fieldErrors: { passkeyName: expect.any(String) } });
    await addPasskey(user.id, softwarePasskey(), "Phone");
    const [passkey] = await listPasskeys(user.id);
    expect(await renameSecondFactorFor(other.id, { methodId: passkey!.id, methodName: "Mine now" }, request)).toMatchObject({ status: "error" });
    expect(await removePasskeyFor(other.id, fresh(), { passkeyId: passkey!.id }, request)).toMatchObject({ status: "error" });
    expect(await renameSecondFactorFor(user.id, { methodId: passkey!.id, methodName: "Old phone" }, request)).toMatchObject({ status: "ok" });
    expect((await listPasskeys(user.id))[0]!.name).toBe("Old phone");
    expect((await outboxTo(user.email)).map((mail) => mail.subject)).toContain("A passkey on your account was renamed");
    expect(await removePasskeyFor(user.id, longAgo(), { passkeyId: passkey!.id, currentPassword: "Wrong-Password-12!" }, request)).toMatchObject({ fieldErrors: { currentPassword: expect.any(String) } });
    expect(await removePasskeyFor(user.id, longAgo(), { passkeyId: passkey!.id, currentPassword: goodPassword }, request)).toMatchObject({ status: "ok" });
    expect(await listPasskeys(user.id)).toEqual([]);
    expect((await outboxTo(user.email)).map((mail) => mail.subject)).toContain("A passkey was removed from your account");
  });

  it("MFA-6: refused passkey answers count like wrong codes: the fifth locks the account", async () => {
    const user = await account();
    const key = softwarePasskey();
    await addPasskey(user.id, key);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const options = (await authenticationOptionsFor(user.id, browser))!;
      expect(await verifyPasskeyStep(user.id, key.authenticate(options, "https://evil.example") as never, browser, request)).toEqual({ ok: false, reason: "wrong" });
    }
    const options = (await authenticationOptionsFor(user.id, browser))!;
    expect(await verifyPasskeyStep(user.id, key.authenticate(options, "https://evil.example") as never, browser, request)).toEqual({ ok: false, reason: "locked" });
    // Locked: even a good answer is not looked at until the emailed unlock link is used.
    expect(await signInWith(user.id, key)).toEqual({ ok: false, reason: "locked" });
  });

  it("MFA-9: where a factor is required, the last passkey cannot be removed, but one of two can", async () => {
    useTestEnv({ MFA_REQUIRED_FOR_EDUCATORS: "true" });
    const user = await account();
    await addPasskey(user.id, softwarePasskey(), "One");
    await addPasskey(user.id, softwarePasskey(), "Two");
    const [first, second] = await listPasskeys(user.id);
    expect(await removePasskeyFor(user.id, fresh(), { passkeyId: first!.id }, request)).toMatchObject({ status: "ok" });
    expect(await removePasskeyFor(user.id, fresh(), { passkeyId: second!.id }, request)).toMatchObject({ status: "error", formError: expect.stringContaining("requires") });
    expect(await listPasskeys(user.id)).toHaveLength(1);
  });
});
