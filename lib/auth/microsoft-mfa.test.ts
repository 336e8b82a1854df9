import { describe, expect, it } from "vitest";
import type { Profile } from "next-auth";
import { microsoftMfaTrusted } from "./microsoft-mfa";

const trusting = { TRUST_MICROSOFT_MFA: true };
const notTrusting = { TRUST_MICROSOFT_MFA: false };

describe("Microsoft's MFA and the second step (MFA-13)", () => {
  it("MFA-13: skips the second step only when the agency trusts Microsoft's MFA and amr contains mfa", () => {
    expect(microsoftMfaTrusted({ amr: ["pwd", "mfa"] } as Profile, trusting)).toBe(true);
    expect(microsoftMfaTrusted({ amr: ["pwd", "mfa"] } as Profile, notTrusting)).toBe(false);
  });

  it("MFA-13: a password-only token, a missing claim or a claim of the wrong shape counts as the first factor only", () => {
    expect(microsoftMfaTrusted({ amr: ["pwd"] } as Profile, trusting)).toBe(false);
    expect(microsoftMfaTrusted({} as Profile, trusting)).toBe(false);
    expect(microsoftMfaTrusted({ amr: "mfa" } as Profile, trusting)).toBe(false);
    expect(microsoftMfaTrusted({ amr: ["multiple-factors-mfa"] } as Profile, trusting)).toBe(false);
  });
});
