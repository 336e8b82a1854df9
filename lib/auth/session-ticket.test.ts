import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { advanceClock, setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { auditEvents, rateLimitCounters, users } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { authorizeCredentials } from "./credentials";
import { issueSessionTicket } from "./session-ticket";

// Wrapped, not replaced: the point is to see that a ticket sign-in never runs them.
vi.mock("@/lib/platform/security/password-hash", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/platform/security/password-hash")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword), burnPasswordCheck: vi.fn(actual.burnPasswordCheck) };
});
const passwordHash = await import("@/lib/platform/security/password-hash");

provideTestDatabase();
afterEach(() => setClock(undefined));

const request = () => new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: { "user-agent": "vitest" } });

async function freshAccount() {
  const account = await insertTestAccount();
  const ticket = await db.transaction((tx) => issueSessionTicket(tx, account.userId, `${account.username}@example.org`));
  return { ...account, ticket };
}

describe("the session ticket of an account created a moment ago (issue 10, SES-4)", () => {
  it("starts the session with no password check, no sign-in throttle and no 'signed in' event", async () => {
    const { userId, ticket } = await freshAccount();
    const countersBefore = await db.select().from(rateLimitCounters);
    const user = await authorizeCredentials({ userId, ticket }, request());
    expect(user).toEqual({ id: userId, sessionVersion: 1 });
    expect(passwordHash.verifyPassword).not.toHaveBeenCalled();
    expect(passwordHash.burnPasswordCheck).not.toHaveBeenCalled();
    expect(await db.select().from(rateLimitCounters)).toEqual(countersBefore);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.event, "sign-in"))).toEqual([]);
    const [row] = await db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, userId));
    expect(row!.lastSignInAt).not.toBeNull();
  });

  it("is single use", async () => {
    const { userId, ticket } = await freshAccount();
    const racing = await Promise.all([authorizeCredentials({ userId, ticket }, request()), authorizeCredentials({ userId, ticket }, request())]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await authorizeCredentials({ userId, ticket }, request())).toBeNull();
  });

  it("dies after a minute", async () => {
    setClock(new Date("2026-04-01T09:00:00Z"));
    const { userId, ticket } = await freshAccount();
    advanceClock(61 * 1000);
    expect(await authorizeCredentials({ userId, ticket }, request())).toBeNull();
  });

  it("works only for the account it was issued to, and nothing else stands in for it", async () => {
    const { userId, ticket } = await freshAccount();
    const other = await insertTestAccount();
    expect(await authorizeCredentials({ userId: other.userId, ticket }, request())).toBeNull();
    for (const forged of ["", "forged", 42, null]) expect(await authorizeCredentials({ userId, ticket: forged }, request())).toBeNull();
    // The refusals above did not use it up.
    expect(await authorizeCredentials({ userId, ticket }, request())).toEqual({ id: userId, sessionVersion: 1 });
  });
});
