import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { testEducatorRows } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { insertEducator } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { ABSOLUTE_SESSION_SECONDS, claimsAtSignIn, validateClaims } from "./session-claims";

provideTestDatabase();
afterEach(() => setClock(undefined));

async function newUser() {
  const rows = testEducatorRows();
  await insertEducator(db, rows);
  const [user] = await db
    .insert(users)
    .values({ educatorId: rows.educator.id, username: `user${rows.educator.publicId}`, email: "someone@example.org" })
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return user!;
}

describe("session claims (AJS-3, SES-2, SES-5)", () => {
  it("carries only the user id, session version and authentication time", async () => {
    const user = await newUser();
    const claims = claimsAtSignIn({ ...user, email: "someone@example.org", name: "Some One" } as never);
    expect(Object.keys(claims).sort()).toEqual(["auth_time", "session_version", "sub"]);
    expect(await validateClaims(claims)).toEqual(claims);
  });

  it("refuses a token once the session version is bumped (password change, sign out everywhere)", async () => {
    const user = await newUser();
    const claims = claimsAtSignIn(user);
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await validateClaims(claims)).toBeNull();
  });

  it("refuses a token past the absolute lifetime, however active the session", async () => {
    const user = await newUser();
    setClock(new Date("2026-11-28T08:00:00Z"));
    const claims = claimsAtSignIn(user);
    setClock(new Date(Date.parse("2026-11-28T08:00:00Z") + (ABSOLUTE_SESSION_SECONDS - 60) * 1000));
    expect(await validateClaims(claims)).not.toBeNull();
    setClock(new Date(Date.parse("2026-11-28T08:00:00Z") + (ABSOLUTE_SESSION_SECONDS + 60) * 1000));
    expect(await validateClaims(claims)).toBeNull();
  });

  it("refuses tokens for unknown users and malformed tokens", async () => {
    expect(await validateClaims({ sub: "no-such-user", session_version: 1, auth_time: Math.floor(Date.now() / 1000) })).toBeNull();
    expect(await validateClaims({ sub: "x" })).toBeNull();
  });
});
