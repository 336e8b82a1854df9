import { describe, expect, it } from "vitest";
import { checkTotpCode, newTotpSecret, timeStepOf, totpCodeAt, totpUri, TOTP_PERIOD_SECONDS } from "./totp";

const at = new Date("2026-11-30T12:00:10Z");
const step = TOTP_PERIOD_SECONDS * 1000;

describe("authenticator-app codes (RFC 6238)", () => {
  it("MFA-1: accepts the code of this step and of one step either side, and refuses two steps away", () => {
    const secret = newTotpSecret();
    for (const offset of [-1, 0, 1]) {
      const code = totpCodeAt(secret, new Date(at.getTime() + offset * step));
      expect(checkTotpCode(secret, code, at, null)).toEqual({ ok: true, step: timeStepOf(at) + offset });
    }
    for (const offset of [-2, 2]) {
      const code = totpCodeAt(secret, new Date(at.getTime() + offset * step));
      expect(checkTotpCode(secret, code, at, null)).toEqual({ ok: false, reason: "wrong" });
    }
  });

  it("MFA-2: refuses a code whose step is not later than the last accepted one", () => {
    const secret = newTotpSecret();
    const code = totpCodeAt(secret, at);
    const first = checkTotpCode(secret, code, at, null);
    expect(first.ok).toBe(true);
    const usedStep = first.ok ? first.step : -1;
    expect(checkTotpCode(secret, code, at, usedStep)).toEqual({ ok: false, reason: "reused" });
    // The previous step's code is older than the one used: refused too, although within the drift window.
    const older = totpCodeAt(secret, new Date(at.getTime() - step));
    expect(checkTotpCode(secret, older, at, usedStep)).toEqual({ ok: false, reason: "reused" });
    const next = new Date(at.getTime() + step);
    expect(checkTotpCode(secret, totpCodeAt(secret, next), next, usedStep)).toEqual({ ok: true, step: usedStep + 1 });
  });

  it("refuses another secret's code and anything that is not six digits; takes spaces", () => {
    const secret = newTotpSecret();
    const code = totpCodeAt(secret, at);
    expect(checkTotpCode(newTotpSecret(), code, at, null).ok).toBe(false);
    expect(checkTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at, null).ok).toBe(true);
    expect(checkTotpCode(secret, "12345", at, null)).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotpCode(secret, "abcdef", at, null)).toEqual({ ok: false, reason: "wrong" });
  });

  it("makes 160-bit base32 secrets, different each time, and an otpauth URI apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, "jdoe", "KECS");
    expect(uri).toMatch(/^otpauth:\/\/totp\/KECS:jdoe\?/);
    expect(new URL(uri).searchParams.get("secret")).toBe(secret);
    expect(new URL(uri).searchParams.get("period")).toBe("30");
  });
});
