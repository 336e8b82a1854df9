import { Auth } from "@auth/core";
import { encode } from "@auth/core/jwt";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { buildAuthConfig } from "./config";
import { claimsAtSignIn, validateClaims } from "./session-claims";

provideTestDatabase();

// Auth.js itself (@auth/core, what next-auth's route handler runs), with the portal's configuration.
const base = "http://localhost:3000/api/auth";
const authJs = (request: Request) => Auth(request, { ...buildAuthConfig(), basePath: "/api/auth" } as Parameters<typeof Auth>[1]);
const sessionCookie = "authjs.session-token"; // APP_URL is http in tests: no __Secure- prefix

async function signedInBrowser() {
  const account = await insertTestAccount();
  const claims = claimsAtSignIn({ id: account.userId, sessionVersion: 1 });
  const jwt = await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: sessionCookie });
  const csrfResponse = await authJs(new Request(`${base}/csrf`));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.csrf-token="))!.split(";")[0]!;
  return { account, claims, csrfToken, cookie: `${csrfCookie}; ${sessionCookie}=${jwt}` };
}

const version = async (userId: string) => (await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)))[0]!.v;

function postSignOut(cookie: string, csrfToken: string | null) {
  const body = new URLSearchParams(csrfToken ? { csrfToken } : {});
  return authJs(new Request(`${base}/signout`, { method: "POST", body, headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" } }));
}

describe("Auth.js's own POST /api/auth/signout (SES-4, AJS-9)", () => {
  it("SES-4: ends the session on the server: session_version is bumped, so a kept copy of the cookie is refused", async () => {
    const { account, claims, csrfToken, cookie } = await signedInBrowser();
    expect(await validateClaims(claims)).not.toBeNull();
    const response = await postSignOut(cookie, csrfToken);
    expect(response.status).toBe(302);
    expect(await version(account.userId)).toBe(2);
    expect(await validateClaims(claims)).toBeNull();
  });

  it("AJS-9: without the double-submit CSRF token it signs nobody out; a stale token bumps nothing again", async () => {
    const { account, claims, csrfToken, cookie } = await signedInBrowser();
    await postSignOut(cookie, null);
    expect(await version(account.userId)).toBe(1);
    expect(await validateClaims(claims)).not.toBeNull();
    await postSignOut(cookie, csrfToken);
    await postSignOut(cookie, csrfToken); // the same, now stale, cookie again: one sign-out, one bump
    expect(await version(account.userId)).toBe(2);
  });
});
