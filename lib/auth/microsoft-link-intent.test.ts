import { and, eq } from "drizzle-orm";
import type { Account, Profile } from "next-auth";
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { advanceClock, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts, auditEvents, pendingMicrosoftLinks } from "@/lib/platform/db/schema";
import { startMicrosoftLinkFor, unlinkMicrosoftFor } from "@/lib/profile/microsoft-account";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { MICROSOFT_PROVIDER_ID } from "./microsoft-provider";
import { microsoftSignIn } from "./microsoft-sign-in";

/**
 * The browser, as far as the server sees it: one cookie jar that next/headers' cookies() reads and
 * writes and whose Cookie header headers() sends. The session cookie is a real Auth.js JWT.
 */
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") }),
}));

provideTestDatabase();
const testRequest = { ip: "192.0.2.80", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };
beforeAll(() =>
  useTestEnv({
    AUTH_MICROSOFT_ENTRA_ID_ID: "unit-client",
    AUTH_MICROSOFT_ENTRA_ID_SECRET: "unit-secret",
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: "http://localhost:4999",
    MICROSOFT_ALLOWED_TENANTS: "allowed-tenant",
  }),
);
beforeEach(() => jar.clear());
afterEach(() => setClock(undefined));

const SESSION_COOKIE = "authjs.session-token";
const epoch = () => Math.floor(now().getTime() / 1000);

async function signedInAs(userId: string) {
  const token = await encode({ token: { sub: userId, session_version: 1, auth_time: epoch() }, secret: getConfig().AUTH_SECRET, salt: SESSION_COOKIE });
  jar.set(SESSION_COOKIE, token);
}

let subjects = 0;
function microsoftReturns(tid = "allowed-tenant") {
  subjects += 1;
  const account = { provider: MICROSOFT_PROVIDER_ID, providerAccountId: `subject-${process.pid}-${subjects}`, type: "oidc" } as Account;
  const profile = { tid, email: `teacher${subjects}@school.example` } as Profile;
  return { account, profile, signIn: () => microsoftSignIn(account, profile, getConfig()) };
}

const linksOf = (userId: string) => db.select({ subject: accounts.providerAccountId }).from(accounts).where(eq(accounts.userId, userId));

async function startLink(userId: string) {
  const state = await startMicrosoftLinkFor(userId, epoch(), {}, testRequest);
  expect(state.status).toBe("ok");
  expect([...jar.keys()]).toContain("microsoft-link-intent");
}

describe("profile Microsoft link: an explicit, single-use intent decides, never the email (AJS-6)", () => {
  it("links the returned identity to the signed-in person who asked, once; audited and emailed (NOTIF-3)", async () => {
    const person = await insertTestAccount();
    await signedInAs(person.userId);
    await startLink(person.userId);
    const intentCookie = jar.get("microsoft-link-intent")!;
    const microsoft = microsoftReturns();
    expect(await microsoft.signIn()).toBe("/profile?microsoft=linked");
    expect(await linksOf(person.userId)).toEqual([{ subject: microsoft.account.providerAccountId }]);
    expect(jar.has("microsoft-link-intent")).toBe(false);
    expect((await outboxTo(person.email)).map((row) => row.subject)).toEqual(["A Microsoft account was linked to your account"]);
    const linked = await db.select().from(auditEvents).where(and(eq(auditEvents.userId, person.userId), eq(auditEvents.event, "microsoft.linked")));
    expect(linked).toMatchObject([{ outcome: "success", details: { via: "profile", tenant: "allowed-tenant" } }]);

    // The same intent again (a replayed cookie) links nothing more.
    jar.set("microsoft-link-intent", intentCookie);
    const another = microsoftReturns();
    expect(await another.signIn()).toBe("/profile?microsoft=expired");
    expect(await linksOf(person.userId)).toHaveLength(1);
  });

  it("refuses when the session is not the person who started the intent", async () => {
    const starter = await insertTestAccount();
    const other = await insertTestAccount();
    await signedInAs(starter.userId);
    await startLink(starter.userId);
    await signedInAs(other.userId);
    expect(await microsoftReturns().signIn()).toBe("/profile?microsoft=wrong-user");
    expect(await linksOf(starter.userId)).toEqual([]);
    expect(await linksOf(other.userId)).toEqual([]);
  });

  it("refuses an identity already linked to another account, and leaves that link where it is", async () => {
    const owner = await insertTestAccount();
    const person = await insertTestAccount();
    const microsoft = microsoftReturns();
    await db.insert(accounts).values({ userId: owner.userId, type: "oidc", provider: MICROSOFT_PROVIDER_ID, providerAccountId: microsoft.account.providerAccountId });
    await signedInAs(person.userId);
    await startLink(person.userId);
    expect(await microsoft.signIn()).toBe("/profile?microsoft=linked-elsewhere");
    expect(await linksOf(owner.userId)).toEqual([{ subject: microsoft.account.providerAccountId }]);
    expect(await linksOf(person.userId)).toEqual([]);
    expect(await db.$count(auditEvents, and(eq(auditEvents.userId, person.userId), eq(auditEvents.outcome, "refused")))).toBe(1);
  });

  it("expires after 10 minutes; a tenant not allowed is refused with the intent dropped", async () => {
    setClock(new Date("2026-11-29T09:00:00Z"));
    const person = await insertTestAccount();
    await signedInAs(person.userId);
    await startLink(person.userId);
    advanceClock(10 * 60_000 + 1_000);
    expect(await microsoftReturns().signIn()).toBe("/profile?microsoft=expired");
    await startLink(person.userId);
    expect(await microsoftReturns("other-tenant").signIn()).toBe("/profile?microsoft=tenant");
    expect(jar.has("microsoft-link-intent")).toBe(false);
    expect(await linksOf(person.userId)).toEqual([]);
  });

  it("without an intent, a signed-in person's Microsoft sign-in links nothing: the identity is only held as pending (AJS-7)", async () => {
    const person = await insertTestAccount();
    await signedInAs(person.userId);
    expect(await microsoftReturns().signIn()).toBe("/link-microsoft");
    expect(await linksOf(person.userId)).toEqual([]);
    expect(await db.$count(pendingMicrosoftLinks)).toBeGreaterThan(0);
  });

  it("starting a link and unlinking are behind the SES-7 gate; unlinking is audited and emailed", async () => {
    setClock(new Date("2026-11-29T09:00:00Z"));
    const person = await insertTestAccount();
    const stale = epoch() - 16 * 60;
    expect(await startMicrosoftLinkFor(person.userId, stale, {}, testRequest)).toMatchObject({ status: "error", fieldErrors: { currentPassword: "Enter your current password" } });
    expect(jar.has("microsoft-link-intent")).toBe(false);
    await db.insert(accounts).values({ userId: person.userId, type: "oidc", provider: MICROSOFT_PROVIDER_ID, providerAccountId: `unlink-${process.pid}` });
    expect((await startMicrosoftLinkFor(person.userId, epoch(), {}, testRequest)).formError).toBe("A Microsoft account is already linked. Unlink it first to link a different one.");
    expect((await unlinkMicrosoftFor(person.userId, stale, { currentPassword: "" }, testRequest)).fieldErrors.currentPassword).toBe("Enter your current password");
    expect(await linksOf(person.userId)).toHaveLength(1);
    expect((await unlinkMicrosoftFor(person.userId, epoch(), {}, testRequest)).status).toBe("ok");
    expect(await linksOf(person.userId)).toEqual([]);
    expect((await outboxTo(person.email)).map((row) => row.subject)).toEqual(["A Microsoft account was unlinked from your account"]);
    expect(await db.$count(auditEvents, and(eq(auditEvents.userId, person.userId), eq(auditEvents.event, "microsoft.unlinked")))).toBe(1);
  });
});
