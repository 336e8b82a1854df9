import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { rateLimitCounters } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { counterKey, hitRateLimit, peekRateLimit, resetRateLimit } from "./rate-limit";

provideTestDatabase();

afterEach(restoreTestEnv);

describe("fixed-window rate limits shared through PostgreSQL", () => {
  it("allows max hits per window, refuses the next, and opens again when the window ends (TEST-1)", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const rule = { max: 3, windowSeconds: 60 };
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push(await hitRateLimit("test-login", "203.0.113.9", rule));
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, false]);
    expect(outcomes[3]!.retryAfterSeconds).toBe(60);

    advanceClock(30_000);
    expect((await hitRateLimit("test-login", "203.0.113.9", rule)).retryAfterSeconds).toBe(30);
    expect((await hitRateLimit("test-login", "198.51.100.1", rule)).allowed, "other subjects have their own count").toBe(true);

    advanceClock(31_000);
    expect(await hitRateLimit("test-login", "203.0.113.9", rule)).toMatchObject({ allowed: true, count: 1 });
  });

  it("never stores the subject itself, and reset forgets it", async () => {
    await hitRateLimit("test-email", "someone@example.org", { max: 5, windowSeconds: 3600 });
    const rows = await db.select().from(rateLimitCounters);
    expect(JSON.stringify(rows)).not.toContain("someone@example.org");
    expect((await peekRateLimit("test-email", "someone@example.org")).count).toBe(1);
    await resetRateLimit("test-email", "someone@example.org");
    expect((await peekRateLimit("test-email", "someone@example.org")).count).toBe(0);
  });

  it("PII-2, RL-7: keys rows by an HMAC under the fingerprint key, so a guessed address cannot be checked against the table", async () => {
    const subject = "guess.me@example.org";
    await hitRateLimit("test-keyed", subject, { max: 5, windowSeconds: 3600 });
    const keys = (await db.select({ key: rateLimitCounters.key }).from(rateLimitCounters)).map((row) => row.key);
    const unkeyed = [`test-keyed\u0000${subject}`, subject].flatMap((text) => ["hex", "base64url"].map((encoding) => createHash("sha256").update(text).digest(encoding as "hex")));
    for (const digest of unkeyed) expect(keys.some((key) => key.includes(digest.slice(0, 32)))).toBe(false);
    const fingerprintKey = Buffer.alloc(32, 2); // vitest.config.mts's PII_FINGERPRINT_KEYS
    const keyed = createHmac("sha256", fingerprintKey).update(`rate-limit\u001ftest-keyed\u0000${subject}`).digest("hex").slice(0, 43);
    expect(keys).toContain(`test-keyed:${keyed}`);
    useTestEnv({ PII_FINGERPRINT_KEYS: "other:" + Buffer.alloc(32, 9).toString("base64") });
    expect(counterKey("test-keyed", subject)).not.toBe(`test-keyed:${keyed}`);
  });

  it("takes RATE_LIMIT_<NAME> overrides from the configuration", async () => {
    useTestEnv({ RATE_LIMIT_TEST_OVERRIDE: "1/10" });
    const rule = { max: 100, windowSeconds: 60 };
    expect((await hitRateLimit("test-override", "x", rule)).allowed).toBe(true);
    expect(await hitRateLimit("test-override", "x", rule)).toMatchObject({ allowed: false, limit: 1 });
  });
});
