import { decode, encode } from "next-auth/jwt";
import { cookieHeaderOf, parseSetCookie, type SetCookie } from "../lib/tooling/testing/set-cookie";
import { postCredentials } from "../lib/tooling/testing/sign-in-request";
import { demoAccount, expect, onVariantServer, test } from "./fixtures";
import { variantPort } from "./support/variant-server";

/**
 * Request-level checks against the production build deployed as it would be behind a TLS proxy:
 * APP_URL is https (the server itself listens on http, and the requests say X-Forwarded-Proto: https
 * as the proxy would). Raw requests, not a browser: the point is the exact Set-Cookie headers.
 */
const secret = "e2e-session-cookie-secret-0123456789abcdef0123";
const proxied = { "x-forwarded-proto": "https" };
const account = demoAccount("mcaldwell");
const server = onVariantServer({ APP_URL: `https://localhost:${variantPort()}`, AUTH_SECRET: secret, E2E_MICROSOFT: "off" });

test.describe.configure({ timeout: 120_000 });

function expectLockedDown(cookie: SetCookie | undefined, name: string) {
  expect(cookie, `${name} is set`).toBeDefined();
  expect(cookie!.attributes.has("httponly"), `${name} HttpOnly`).toBe(true);
  expect(cookie!.attributes.has("secure"), `${name} Secure`).toBe(true);
  expect(cookie!.attributes.get("samesite")?.toLowerCase(), `${name} SameSite`).toBe("lax");
  expect(cookie!.attributes.get("path"), `${name} Path`).toBe("/");
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map(parseSetCookie);

test("with an https APP_URL the CSRF and session cookies are Secure, HttpOnly, SameSite=Lax and prefixed (SES-3, AJS-12)", async () => {
  const { csrf, response } = await postCredentials(server.baseURL, account, proxied);
  const csrfCookies = cookiesOf(csrf);
  // __Host-: Secure, Path=/ and no Domain, so no sibling subdomain can plant or read it.
  expectLockedDown(csrfCookies.find((cookie) => cookie.name === "__Host-authjs.csrf-token"), "__Host-authjs.csrf-token");
  expect(csrfCookies.find((cookie) => cookie.name === "__Host-authjs.csrf-token")!.attributes.has("domain")).toBe(false);
  expect(csrfCookies.map((cookie) => cookie.name).filter((name) => !/^__(Host|Secure)-/.test(name))).toEqual([]);

  expect(response.status).toBe(302);
  expect(response.headers.get("location")).not.toContain("error=");
  const session = cookiesOf(response).find((cookie) => cookie.name === "__Secure-authjs.session-token");
  expectLockedDown(session, "__Secure-authjs.session-token");
  expect(cookiesOf(response).some((cookie) => cookie.name === "authjs.session-token")).toBe(false);

  // The prefixed cookie is the one the server reads back.
  const read = await fetch(`${server.baseURL}/api/auth/session`, { headers: { ...proxied, cookie: cookieHeaderOf(response) } });
  expect(((await read.json()) as { user?: { id?: string } }).user?.id).toBeTruthy();
});

test("a session whose idle window is fresh is still refused 12 hours after it authenticated (SES-2)", async () => {
  const { response } = await postCredentials(server.baseURL, account, proxied);
  const salt = "__Secure-authjs.session-token";
  const issued = cookiesOf(response).find((cookie) => cookie.name === salt)!;
  const claims = (await decode({ token: issued.value, secret, salt }))!;
  expect(Object.keys(claims)).toEqual(expect.arrayContaining(["sub", "session_version", "auth_time"]));

  // The same session re-issued as if it had been active all along since an earlier sign-in.
  const sessionFrom = async (minutesAgo: number) => {
    const token = await encode({ token: { ...claims, auth_time: Math.floor(Date.now() / 1000) - minutesAgo * 60 }, secret, salt, maxAge: 15 * 60 });
    const read = await fetch(`${server.baseURL}/api/auth/session`, { headers: { ...proxied, cookie: `${salt}=${token}` } });
    return ((await read.json()) as { user?: { id?: string } } | null)?.user?.id ?? null;
  };
  expect(await sessionFrom(11 * 60 + 59), "11 h 59 min after sign-in").toBe(claims.sub);
  expect(await sessionFrom(12 * 60 + 1), "12 h 1 min after sign-in").toBeNull();
});
