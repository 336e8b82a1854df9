import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { usedCaptchaChallenges } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newCaptchaChallenge, purgeUsedCaptchaChallenges, verifyCaptcha } from "./captcha";

provideTestDatabase();

beforeEach(() => {
  // The real clock, pinned: the library also checks expiry against Date.now().
  setClock(new Date());
  useTestEnv();
});

afterEach(restoreTestEnv);

/** What the widget posts in the "altcha" field: base64 JSON of the challenge and its solution. */
async function solvedPayload(challenge?: Challenge): Promise<string> {
  const issued = challenge ?? (await newCaptchaChallenge("account-search"));
  const solution = await solveChallenge({ challenge: issued, deriveKey });
  if (!solution) throw new Error("no solution found");
  return Buffer.from(JSON.stringify({ challenge: issued, solution })).toString("base64");
}

function reencode(payload: string, change: (decoded: { challenge: Challenge; solution: { counter: number; derivedKey: string } }) => void): string {
  const decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  change(decoded);
  return Buffer.from(JSON.stringify(decoded)).toString("base64");
}

describe("verifyCaptcha (CAP-3, CAP-4)", () => {
  it("issues signed PBKDF2 challenges with the configured cost and a ten-minute expiry (CAP-2)", async () => {
    // The clock may cross a second while the challenge is made (it did on a busy CI machine).
    const before = Math.floor(Date.now() / 1000);
    const challenge = await newCaptchaChallenge("account-search");
    const after = Math.floor(Date.now() / 1000);
    expect(challenge.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", cost: 1, data: { action: "account-search" } });
    expect(challenge.parameters.expiresAt).toBeGreaterThanOrEqual(before + 600);
    expect(challenge.parameters.expiresAt).toBeLessThanOrEqual(after + 600);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(challenge)).not.toContain("test-altcha-secret");
  });

  it("accepts a solved challenge once and refuses its replay, also when sent concurrently", async () => {
    const payload = await solvedPayload();
    expect(await verifyCaptcha(payload, "account-search")).toBe(true);
    expect(await verifyCaptcha(payload, "account-search")).toBe(false);

    const another = await solvedPayload();
    const outcomes = await Promise.all([verifyCaptcha(another, "account-search"), verifyCaptcha(another, "account-search"), verifyCaptcha(another, "account-search")]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it("refuses tampered challenges and wrong solutions", async () => {
    const payload = await solvedPayload();
    const longer = reencode(payload, (d) => {
      d.challenge.parameters.expiresAt = d.challenge.parameters.expiresAt! + 3600;
    });
    const wrongKey = reencode(payload, (d) => {
      d.solution.derivedKey = d.solution.derivedKey.replace(/^./, (c) => (c === "0" ? "1" : "0"));
    });
    const unsigned = reencode(payload, (d) => {
      delete d.challenge.signature;
    });
    for (const forged of [longer, wrongKey, unsigned]) expect(await verifyCaptcha(forged, "account-search")).toBe(false);
    // None of the refusals used the challenge up.
    expect(await verifyCaptcha(payload, "account-search")).toBe(true);
  });

  it("refuses a challenge issued for another form, even one relabelled after signing (CAP-3)", async () => {
    const forSupport = await solvedPayload(await newCaptchaChallenge("support-request"));
    expect(await verifyCaptcha(forSupport, "account-search")).toBe(false);
    const relabelled = reencode(forSupport, (d) => {
      d.challenge.parameters.data = { action: "account-search" };
    });
    expect(await verifyCaptcha(relabelled, "account-search")).toBe(false);
    // Neither refusal used it up on its own form.
    expect(await verifyCaptcha(forSupport, "support-request")).toBe(true);
  });

  it("refuses an expired challenge by the portal's clock", async () => {
    const payload = await solvedPayload();
    advanceClock(10 * 60 * 1000 + 1000);
    expect(await verifyCaptcha(payload, "account-search")).toBe(false);
  });

  it("refuses missing and garbage payloads without throwing", async () => {
    for (const garbage of [null, undefined, "", "not base64 !!", Buffer.from("[]").toString("base64"), Buffer.from('{"challenge":1}').toString("base64"), "x".repeat(20_000)]) {
      await expect(verifyCaptcha(garbage, "account-search")).resolves.toBe(false);
    }
  });

  it("purges redeemed challenges once they have expired", async () => {
    await db.delete(usedCaptchaChallenges);
    expect(await verifyCaptcha(await solvedPayload(), "account-search")).toBe(true);
    expect(await purgeUsedCaptchaChallenges()).toBe(0);
    advanceClock(11 * 60 * 1000);
    expect(await purgeUsedCaptchaChallenges()).toBe(1);
    expect(await db.select().from(usedCaptchaChallenges)).toHaveLength(0);
  });
});
