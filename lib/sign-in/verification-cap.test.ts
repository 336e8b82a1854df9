import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestAccount } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { MAX_CONCURRENT_VERIFICATIONS, tryAcquireVerificationSlot } from "@/lib/platform/security/verification-slots";
import { attemptSignIn } from "./attempt-sign-in";
import { signInFailureMessage } from "./messages";

provideTestDatabase();
const password = "Amber-Canyon-Whistle-42!";
beforeEach(() => setClock(new Date("2026-11-29T10:00:00Z")));

/** Takes every argon2 slot, as a burst of slow verifications would. */
function takeEverySlot() {
  const slots = [];
  for (let slot = tryAcquireVerificationSlot(); slot; slot = tryAcquireVerificationSlot()) slots.push(slot);
  return slots;
}

describe("a cap on concurrent argon2 verifications (issue 11 item 4)", () => {
  it("with every slot taken, a sign-in is refused at once with \"try again in a moment\" and counts no failure; once freed it works", async () => {
    const user = await createTestAccount("t.capped", password);
    const slots = takeEverySlot();
    expect(slots).toHaveLength(MAX_CONCURRENT_VERIFICATIONS);
    try {
      const outcome = await attemptSignIn({ username: "t.capped", password: "Wrong-guess-1", ip: "198.51.100.77" });
      expect(outcome).toEqual({ ok: false, reason: "busy" });
      if (!outcome.ok) expect(signInFailureMessage(outcome)).toBe("The sign-in service is busy right now. Try again in a moment.");
      const [row] = await db.select({ failures: users.failedSignInCount }).from(users).where(eq(users.id, user.id));
      expect(row!.failures).toBe(0);
    } finally {
      for (const slot of slots) slot.release();
    }
    expect(await attemptSignIn({ username: "t.capped", password, ip: "198.51.100.77" })).toMatchObject({ ok: true, userId: user.id });
  });
});
