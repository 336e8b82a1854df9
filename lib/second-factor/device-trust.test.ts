import { afterEach, describe, expect, it } from "vitest";
import { now } from "@/lib/platform/clock";
import { changePasswordFor, signOutOtherSessionsFor } from "@/lib/profile/security";
import { createTestAccount, goodPassword } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { advanceClock, restoreTestEnv, setClock } from "@/lib/tooling/testing/test-env";
import { rememberedBrowserValue, remembersBrowser, REMEMBER_DAYS } from "./device-trust";

provideTestDatabase();
afterEach(restoreTestEnv);

const request = { ip: "203.0.113.71", userAgent: "vitest" };
const newPassword = "Violet-Harbour-Lantern-92!";
let accounts = 0;
const account = () => createTestAccount(`remember${process.pid}x${(accounts += 1)}`, goodPassword);

describe("remember this browser for 30 days (MFA-11)", () => {
  it("MFA-11: the cookie stops working after a password change", async () => {
    const user = await account();
    const cookie = await rememberedBrowserValue(user.id);
    expect(await remembersBrowser(user.id, cookie)).toBe(true);
    const changed = await changePasswordFor(user.id, { currentPassword: goodPassword, password: newPassword, confirmPassword: newPassword }, request);
    expect(changed.state.status).toBe("ok");
    expect(await remembersBrowser(user.id, cookie)).toBe(false);
    // A browser remembered after the change works again.
    expect(await remembersBrowser(user.id, await rememberedBrowserValue(user.id))).toBe(true);
  });

  it("MFA-11: “sign out of all other sessions” forgets remembered browsers too", async () => {
    const user = await account();
    const cookie = await rememberedBrowserValue(user.id);
    await signOutOtherSessionsFor(user.id, request);
    expect(await remembersBrowser(user.id, cookie)).toBe(false);
  });

  it("MFA-11: it is bound to its account, signed, and ends after 30 days", async () => {
    setClock(now());
    const user = await account();
    const other = await account();
    const cookie = await rememberedBrowserValue(user.id);
    expect(await remembersBrowser(other.id, cookie)).toBe(false);
    const [id, version, expires] = cookie.split(".");
    const forged = `${id}.${version}.${Number(expires) + 86_400}.${cookie.split(".")[3]}`;
    expect(await remembersBrowser(user.id, forged)).toBe(false);
    expect(await remembersBrowser(user.id, cookie.replace(`${user.id}.`, `${other.id}.`))).toBe(false);
    expect(await remembersBrowser(user.id, undefined)).toBe(false);
    advanceClock((REMEMBER_DAYS * 24 * 60 * 60 - 60) * 1000);
    expect(await remembersBrowser(user.id, cookie)).toBe(true);
    advanceClock(120_000);
    expect(await remembersBrowser(user.id, cookie)).toBe(false);
  });
});

describe("the remembered-browser cookie in a raw Cookie header (authorize() reads it there)", () => {
  it("MFA-11: finds the cookie among others", async () => {
    const { rememberedCookieFrom } = await import("./device-trust");
    const headers = new Headers({ cookie: "a=1; remembered-browser=u.2.3.sig; b=2" });
    expect(rememberedCookieFrom(headers)).toBe("u.2.3.sig");
    expect(rememberedCookieFrom(new Headers())).toBeUndefined();
  });
});
