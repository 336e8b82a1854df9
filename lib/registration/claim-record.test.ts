import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { context, goodPassword, insertPerson, outboxTo } from "@/lib/tooling/testing/factory";
import { advanceClock, restoreTestEnv, setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { oneTimeTokens, passwordHashes, registrationClaims, users } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { verifyPassword } from "@/lib/platform/security/password-hash";
import { claimRecord } from "./claim-record";
import { createClaim } from "./claims";

provideTestDatabase();

beforeEach(() => setClock(new Date()));
afterEach(restoreTestEnv);

const browser = "browser-binding-of-the-person-000000000000001";
let serial = 0;
const form = (overrides: Record<string, string> = {}) => ({
  username: `new.person${(serial += 1)}`,
  email: " New.Person@Example.org ",
  password: goodPassword,
  confirmPassword: goodPassword,
  ...overrides,
});

describe("claiming a record (REG-6, REG-7)", () => {
  it("creates the account: normalised email, argon2id hash in its own table, a confirmation email built from APP_URL; the claim is used up", async () => {
    const { educatorId } = await insertPerson({ firstName: "End", lastName: "User" });
    const token = await createClaim(db, educatorId, browser);
    const outcome = await claimRecord(token, browser, form({ username: "new.person" }), context);
    expect(outcome).toEqual({ kind: "created", username: "new.person", userId: expect.any(String), sessionTicket: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });

    const [user] = await db.select().from(users).where(eq(users.educatorId, educatorId));
    expect(user).toMatchObject({ username: "new.person", email: "new.person@example.org", name: "End User", emailVerified: null });
    const [hash] = await db.select().from(passwordHashes).where(eq(passwordHashes.userId, user!.id));
    expect(hash!.hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash!.hash, goodPassword)).toBe(true);
    const [token1] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user!.id));
    expect(token1).toMatchObject({ purpose: "email_confirmation", email: "new.person@example.org", usedAt: null });
    expect(token1!.expiresAt.getTime() - token1!.createdAt.getTime()).toBe(24 * 3_600_000);

    const [mail] = await outboxTo("new.person@example.org");
    expect(mail).toMatchObject({ template: "email-confirmation" });
    expect(mail!.text).toContain("Please confirm your account by clicking this link: here");
    expect(mail!.html).toMatch(/href="http:\/\/localhost:3000\/confirm-email\?token=[A-Za-z0-9_-]{43}"/);

    expect(await claimRecord(token, browser, form({ username: "someone.else" }), context)).toEqual({ kind: "claim-invalid", problem: "used" });
  });

  it("a refused password keeps the claim usable and names the problem at the field", async () => {
    const { educatorId } = await insertPerson({ firstName: "Ada", lastName: "Lovelace" });
    const token = await createClaim(db, educatorId, browser);
    const weak = await claimRecord(token, browser, form({ password: "password", confirmPassword: "password" }), context);
    expect(weak.kind).toBe("invalid");
    if (weak.kind === "invalid") expect(weak.fieldErrors.password).toMatch(/at least 15 characters/);
    const mismatch = await claimRecord(token, browser, form({ confirmPassword: "Something-Else-123!" }), context);
    expect(mismatch).toEqual({ kind: "invalid", fieldErrors: { confirmPassword: "The passwords do not match" } });
    const named = await claimRecord(token, browser, form({ password: "Lovelace-Orchard-99!x", confirmPassword: "Lovelace-Orchard-99!x" }), context);
    expect(named).toEqual({ kind: "invalid", fieldErrors: { password: "Your password must not contain your name" } });
    const many = await claimRecord(token, browser, form({ username: "a", email: "nope", password: "" }), context);
    expect(many.kind === "invalid" && Object.keys(many.fieldErrors).sort()).toEqual(["email", "password", "username"]);
    expect((await claimRecord(token, browser, form(), context)).kind).toBe("created");
  });

  it("refuses forged, foreign-browser and expired tokens", async () => {
    const { educatorId } = await insertPerson();
    const token = await createClaim(db, educatorId, browser);
    expect(await claimRecord("A".repeat(43), browser, form(), context)).toEqual({ kind: "claim-invalid", problem: "unknown" });
    expect(await claimRecord("not a token", browser, form(), context)).toEqual({ kind: "claim-invalid", problem: "unknown" });
    expect(await claimRecord(token, "another-browser-000000000000000000000000000", form(), context)).toEqual({ kind: "claim-invalid", problem: "unknown" });
    expect(await claimRecord(token, undefined, form(), context)).toEqual({ kind: "claim-invalid", problem: "unknown" });
    advanceClock(31 * 60_000);
    expect(await claimRecord(token, browser, form(), context)).toEqual({ kind: "claim-invalid", problem: "expired" });
    const [claim] = await db.select().from(registrationClaims).where(eq(registrationClaims.educatorId, educatorId));
    expect(claim!.consumedAt).toBeNull();
  });

  it("a username taken by another account, in any case, is reported at the field", async () => {
    const first = await insertPerson();
    await claimRecord(await createClaim(db, first.educatorId, browser), browser, form({ username: "Taken.Name" }), context);
    const second = await insertPerson();
    const outcome = await claimRecord(await createClaim(db, second.educatorId, browser), browser, form({ username: "taken.NAME" }), context);
    expect(outcome).toEqual({ kind: "invalid", fieldErrors: { username: "That username is already taken. Choose another" } });
  });

  it("a second claim of a claimed record fails plainly, and failed claims per record trip after three (REG-4)", async () => {
    const { educatorId } = await insertPerson();
    const tokens = await Promise.all(Array.from({ length: 5 }, (_, i) => createClaim(db, educatorId, `${browser.slice(0, -1)}${i}`)));
    expect((await claimRecord(tokens[0], `${browser.slice(0, -1)}0`, form(), context)).kind).toBe("created");
    for (const i of [1, 2, 3]) {
      expect(await claimRecord(tokens[i], `${browser.slice(0, -1)}${i}`, form({ username: `other${i}` }), context)).toEqual({ kind: "already-claimed" });
    }
    const refused = await claimRecord(tokens[4], `${browser.slice(0, -1)}4`, form({ username: "other4" }), context);
    expect(refused.kind).toBe("rate-limited");
    // The wait offered is what is left of the day-long window, never more (RL-12's Retry-After).
    const retryAfter = refused.kind === "rate-limited" ? refused.retryAfterSeconds : 0;
    expect(retryAfter).toBeGreaterThan(24 * 60 * 60 - 120);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
  });
});
