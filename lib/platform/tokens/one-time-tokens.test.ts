import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { oneTimeTokens } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { consumeToken, deadTokenReason, hashToken, issueToken, looksLikeToken, newestLiveToken, peekToken, retireTokens } from "./one-time-tokens";

provideTestDatabase();
afterEach(() => setClock(undefined));

const issue = async (userId: string, purpose: "password_reset" | "email_confirmation" | "session_ticket" = "password_reset") =>
  db.transaction((tx) => issueToken(tx, { purpose, userId, email: `${userId}@example.org` }));

describe("the one-time-token store (TOK-1, TOK-2, TOK-4)", () => {
  it("issues 256-bit base64url tokens and stores only their SHA-256 (TOK-1)", async () => {
    const { userId } = await insertTestAccount();
    const token = await issue(userId);
    expect(looksLikeToken(token)).toBe(true);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
    expect(rows.map((row) => row.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("is used once: peeking uses nothing, the second consume gets nothing, and two racing consumes have one winner", async () => {
    const { userId } = await insertTestAccount();
    const token = await issue(userId);
    expect(await peekToken("password_reset", token)).toMatchObject({ userId });
    expect(await peekToken("password_reset", token)).toMatchObject({ userId });
    const racing = await Promise.all([consumeToken("password_reset", token), consumeToken("password_reset", token)]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await consumeToken("password_reset", token)).toBeNull();
    expect(await deadTokenReason("password_reset", token)).toBe("used");
  });

  it("refuses a token of another purpose, of the wrong shape, or past its lifetime", async () => {
    const { userId } = await insertTestAccount();
    setClock(new Date("2026-03-01T12:00:00Z"));
    const token = await issue(userId);
    expect(await consumeToken("account_unlock", token)).toBeNull();
    for (const bad of ["", "short", `${token}x`, 42, undefined]) expect(await consumeToken("password_reset", bad)).toBeNull();
    advanceClock(31 * 60 * 1000); // TOK-4: 30 minutes
    expect(await peekToken("password_reset", token)).toBeNull();
    expect(await consumeToken("password_reset", token)).toBeNull();
    expect(await deadTokenReason("password_reset", token)).toBe("expired");
    expect(await deadTokenReason("password_reset", "never-issued-never-issued-never-issued-neve")).toBe("unknown");
  });

  it("uses a token bound to a user only for that user; the wrong user leaves it untouched", async () => {
    const owner = await insertTestAccount();
    const other = await insertTestAccount();
    const token = await issue(owner.userId, "session_ticket");
    expect(await consumeToken("session_ticket", token, db, other.userId)).toBeNull();
    expect(await consumeToken("session_ticket", token, db, owner.userId)).toMatchObject({ userId: owner.userId });
  });

  it("retires by purpose and user: a newer reset link kills the older one; other purposes and users are untouched", async () => {
    const { userId } = await insertTestAccount();
    const neighbour = await insertTestAccount();
    const older = await issue(userId);
    const confirmation = await issue(userId, "email_confirmation");
    const theirs = await issue(neighbour.userId);
    const newer = await issue(userId);
    expect(await peekToken("password_reset", older)).toBeNull();
    expect(await peekToken("password_reset", newer)).toMatchObject({ userId });

    await db.transaction((tx) => retireTokens(tx, "password_reset", userId));
    expect(await peekToken("password_reset", newer)).toBeNull();
    expect(await peekToken("email_confirmation", confirmation)).toMatchObject({ userId });
    expect(await peekToken("password_reset", theirs)).toMatchObject({ userId: neighbour.userId });
  });

  it("keeps older confirmation links alive after a resend (TOK-3) and finds the newest live token", async () => {
    const { userId } = await insertTestAccount();
    const first = await issue(userId, "email_confirmation");
    advanceClock(1000);
    const second = await issue(userId, "email_confirmation");
    expect(await peekToken("email_confirmation", first)).not.toBeNull();
    expect(await peekToken("email_confirmation", second)).not.toBeNull();
    expect(await newestLiveToken("email_confirmation", userId)).toMatchObject({ userId });
    expect(await newestLiveToken("email_change", userId)).toBeNull();
  });
});
