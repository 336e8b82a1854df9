import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { context, goodPassword, insertPerson, outboxTo } from "@/lib/tooling/testing/factory";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { claimRecord } from "./claim-record";
import { createClaim } from "./claims";
import { confirmEmail, resendConfirmationEmail } from "./email-confirmation";

provideTestDatabase();
const testRequest = { ip: "192.0.2.80", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };

beforeEach(() => setClock(new Date()));
afterEach(restoreTestEnv);

let serial = 0;
async function newAccount() {
  serial += 1;
  const { educatorId } = await insertPerson();
  const browser = `confirm-browser-${String(serial).padStart(27, "0")}`;
  const email = `confirm${serial}@example.org`;
  await claimRecord(await createClaim(db, educatorId, browser), browser, { username: `confirm${serial}`, email, password: goodPassword, confirmPassword: goodPassword }, context);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { user: user!, email };
}

async function linkTokens(email: string): Promise<string[]> {
  const mail = await outboxTo(email);
  return mail.map((row) => /confirm-email\?token=([A-Za-z0-9_-]{43})/.exec(row.html)![1]!);
}

describe("email confirmation (TOK-1..3)", () => {
  it("works once; a second use says it was used", async () => {
    const { user, email } = await newAccount();
    const [token] = await linkTokens(email);
    expect(await confirmEmail(token, testRequest)).toBe("confirmed");
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after!.emailVerified).not.toBeNull();
    expect(await confirmEmail(token, testRequest)).toBe("used");
  });

  it("expires after 24 hours; unknown and malformed tokens are unknown", async () => {
    const { email } = await newAccount();
    const [token] = await linkTokens(email);
    advanceClock(24 * 3_600_000 + 1000);
    expect(await confirmEmail(token, testRequest)).toBe("expired");
    expect(await confirmEmail("B".repeat(43), testRequest)).toBe("unknown");
    expect(await confirmEmail("../../etc", testRequest)).toBe("unknown");
    expect(await confirmEmail(undefined, testRequest)).toBe("unknown");
  });

  it("resend: a new working link, rate limited per account, nothing once confirmed (RL-7, TOK-3)", async () => {
    useTestEnv({ RATE_LIMIT_CONFIRMATION_RESEND: "2/3600" });
    const { user, email } = await newAccount();
    expect(await resendConfirmationEmail(user.id, testRequest)).toBe("sent");
    expect(await resendConfirmationEmail(user.id, testRequest)).toBe("sent");
    expect(await resendConfirmationEmail(user.id, testRequest)).toBe("rate-limited");
    const tokens = await linkTokens(email);
    expect(tokens).toHaveLength(3);
    expect(await confirmEmail(tokens[2], testRequest)).toBe("confirmed");
    expect(await resendConfirmationEmail(user.id, testRequest)).toBe("already-confirmed");
    advanceClock(3_601_000);
    expect(await resendConfirmationEmail(user.id, testRequest)).toBe("already-confirmed");
  });
});
