import { afterEach, describe, expect, it } from "vitest";
import { now } from "@/lib/platform/clock";
import { hasAuthenticator } from "@/lib/second-factor/authenticator";
import { unusedRecoveryCodes } from "@/lib/second-factor/recovery-codes";
import { verifySecondStep } from "@/lib/second-factor/second-step";
import { totpCodeAt } from "@/lib/second-factor/totp";
import { createTestAccount, goodPassword, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { confirmAuthenticatorFor, removeTwoStepFor, renewRecoveryCodesFor, startAuthenticatorSetupFor, twoStepPromptFor, twoStepStatusFor } from "./second-factor";

provideTestDatabase();
afterEach(restoreTestEnv);

const request = { ip: "203.0.113.51", userAgent: "vitest" };
const fresh = () => Math.floor(now().getTime() / 1000);
const longAgo = () => fresh() - 60 * 60;
let accounts = 0;

async function accountWithPendingApp() {
  accounts += 1;
  const user = await createTestAccount(`twostep${process.pid}x${accounts}`, goodPassword);
  expect(await startAuthenticatorSetupFor(user.id, request)).toMatchObject({ status: "ok" });
  const status = await twoStepStatusFor(user.id, fresh());
  return { user, secret: status.pending!.secret, status };
}

describe("two-step sign-in on the profile", () => {
  it("MFA-3: set-up shows a QR code and key; the first good code turns it on, returns ten recovery codes once and emails (MFA-8)", async () => {
    const { user, secret, status } = await accountWithPendingApp();
    expect(status.enabledSince).toBeNull();
    expect(status.pending!.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await confirmAuthenticatorFor(user.id, fresh(), { code: "000000" }, request)).toMatchObject({ status: "error", fieldErrors: { code: expect.any(String) } });
    expect(await hasAuthenticator(user.id)).toBe(false);
    const done = await confirmAuthenticatorFor(user.id, fresh(), { code: totpCodeAt(secret, now()) }, request);
    expect(done.status).toBe("ok");
    expect(done.outcome!.recoveryCodes).toHaveLength(10);
    expect(await hasAuthenticator(user.id)).toBe(true);
    expect((await twoStepStatusFor(user.id, fresh())).pending).toBeNull();
    expect((await outboxTo(user.email)).map((mail) => mail.template)).toContain("second-factor-changed");
    expect(await twoStepPromptFor(user.id)).toBeNull();
  });

  it("SES-7: an older sign-in needs the password again before turning it on, renewing codes or turning it off", async () => {
    const { user, secret } = await accountWithPendingApp();
    const code = totpCodeAt(secret, now());
    expect(await confirmAuthenticatorFor(user.id, longAgo(), { code }, request)).toMatchObject({ fieldErrors: { currentPassword: expect.any(String) } });
    expect(await hasAuthenticator(user.id)).toBe(false);
    expect((await confirmAuthenticatorFor(user.id, longAgo(), { code, currentPassword: goodPassword }, request)).status).toBe("ok");
    expect(await renewRecoveryCodesFor(user.id, longAgo(), {}, request)).toMatchObject({ fieldErrors: { currentPassword: expect.any(String) } });
    expect(await removeTwoStepFor(user.id, longAgo(), { currentPassword: "Wrong-Password-12!" }, request)).toMatchObject({ fieldErrors: { currentPassword: expect.any(String) } });
    expect(await hasAuthenticator(user.id)).toBe(true);
  });

  it("MFA-4: new recovery codes replace the old; turning it off removes the app and every code", async () => {
    const { user, secret } = await accountWithPendingApp();
    const first = (await confirmAuthenticatorFor(user.id, fresh(), { code: totpCodeAt(secret, now()) }, request)).outcome!.recoveryCodes;
    const second = (await renewRecoveryCodesFor(user.id, fresh(), {}, request)).outcome!.recoveryCodes;
    expect(await verifySecondStep(user.id, first[0]!, request)).toEqual({ ok: false, reason: "wrong" });
    expect(await verifySecondStep(user.id, second[0]!, request)).toEqual({ ok: true, method: "recovery-code" });
    expect(await removeTwoStepFor(user.id, fresh(), {}, request)).toMatchObject({ status: "ok" });
    expect(await hasAuthenticator(user.id)).toBe(false);
    expect(await unusedRecoveryCodes(user.id)).toBe(0);
    expect(await twoStepPromptFor(user.id)).toBe("offer");
  });

  it("MFA-9: with MFA_REQUIRED_FOR_EDUCATORS the last factor cannot be removed and the dashboard sends the educator to set one up", async () => {
    useTestEnv({ MFA_REQUIRED_FOR_EDUCATORS: "true" });
    const { user, secret } = await accountWithPendingApp();
    expect(await twoStepPromptFor(user.id)).toBe("required");
    await confirmAuthenticatorFor(user.id, fresh(), { code: totpCodeAt(secret, now()) }, request);
    expect(await removeTwoStepFor(user.id, fresh(), {}, request)).toMatchObject({ status: "error", formError: expect.stringContaining("requires") });
    expect(await hasAuthenticator(user.id)).toBe(true);
  });
});
