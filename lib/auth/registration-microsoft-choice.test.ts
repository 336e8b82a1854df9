import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { advanceClock, setClock } from "@/lib/tooling/testing/test-env";
import { myNewMicrosoftLink } from "@/lib/accounts/new-microsoft-link";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { jar } from "@/lib/tooling/testing/browser-jar";
import { holdPendingMicrosoftLink, pendingMicrosoftLink, settlePendingMicrosoftLink } from "./microsoft-link";
import { MICROSOFT_PROVIDER_ID } from "./microsoft-provider";

// One browser's cookie jar, as next/headers' cookies() and headers() see it.
vi.mock("next/headers", () => import("@/lib/tooling/testing/browser-jar"));

provideTestDatabase();
const request = { ip: "192.0.2.81", userAgent: null };
beforeEach(() => {
  jar.clear();
  setClock(new Date("2026-11-30T09:00:00Z"));
});
afterEach(() => setClock(undefined));

let subjects = 0;
/** Someone signs in with Microsoft in this browser and finds no portal account: the identity waits here. */
async function microsoftIdentityWaits(displayEmail: string) {
  subjects += 1;
  const providerAccountId = `choice-${process.pid}-${subjects}`;
  await holdPendingMicrosoftLink({ provider: MICROSOFT_PROVIDER_ID, providerAccountId, tenantId: "allowed-tenant", displayEmail });
  return providerAccountId;
}

async function signedInAs(userId: string) {
  const salt = "authjs.session-token";
  jar.set(salt, await encode({ token: { sub: userId, session_version: 1, auth_time: Math.floor(now().getTime() / 1000) }, secret: getConfig().AUTH_SECRET, salt }));
}

const linksOf = (userId: string) => db.select({ subject: accounts.providerAccountId }).from(accounts).where(eq(accounts.userId, userId));

describe("no silent Microsoft linking at registration (AJS-7, NOTIF-3, issue 11 item 6)", () => {
  it("AJS-7: shared computer: the next person registers without ticking the box; nothing is linked and the identity is gone from the browser", async () => {
    await microsoftIdentityWaits("first.person@school.example");
    expect(await pendingMicrosoftLink()).toEqual({ displayEmail: "first.person@school.example" }); // the form shows it
    const next = await insertTestAccount();
    expect(await settlePendingMicrosoftLink(next.userId, false, request)).toBe(false);
    expect(await linksOf(next.userId)).toEqual([]);
    expect((await outboxTo(next.email)).map((mail) => mail.template)).not.toContain("microsoft-linked");
    // Not offered again, nor linked by a later tick in this browser.
    expect(await pendingMicrosoftLink()).toBeNull();
    expect(await settlePendingMicrosoftLink(next.userId, true, request)).toBe(false);
    await signedInAs(next.userId);
    expect(await myNewMicrosoftLink()).toBeNull();
  });

  it("NOTIF-3: ticked, the identity is linked, the security email names it, and the dashboard confirms it for an hour", async () => {
    const subject = await microsoftIdentityWaits("second.person@school.example");
    const person = await insertTestAccount();
    expect(await settlePendingMicrosoftLink(person.userId, true, request)).toBe(true);
    expect(await linksOf(person.userId)).toEqual([{ subject }]);
    const mail = (await outboxTo(person.email)).find((row) => row.template === "microsoft-linked");
    expect(mail?.text).toContain("second.person@school.example");
    await signedInAs(person.userId);
    expect(await myNewMicrosoftLink()).toEqual({ microsoftAccount: "second.person@school.example" });
    advanceClock(61 * 60_000);
    expect(await myNewMicrosoftLink()).toBeNull();
  });

  it("the dashboard's confirmation is the signed-in person's own: another account sees none", async () => {
    await microsoftIdentityWaits("third.person@school.example");
    const owner = await insertTestAccount();
    await settlePendingMicrosoftLink(owner.userId, true, request);
    const other = await insertTestAccount();
    await signedInAs(other.userId);
    expect(await myNewMicrosoftLink()).toBeNull();
  });
});
