import { cookieHeaderOf } from "@/lib/tooling/testing/set-cookie";
import type { BenchAccount } from "./sign-in-accounts";

/** The session cookie Auth.js sets on a successful sign-in (prefixed when the site is https, SES-3). */
const sessionCookie = /^(__Secure-)?authjs\.session-token=[^;]+/;

/**
 * What a browser form posting to Auth.js does: GET /api/auth/csrf for the CSRF cookie and token
 * (without both Auth.js answers MissingCSRF), then POST the credentials with them. `postMs` is the
 * POST alone. `headers` go with both requests (a proxy's X-Forwarded-Proto, say).
 */
export async function postCredentials(
  baseUrl: string,
  account: BenchAccount,
  headers: Record<string, string> = {},
): Promise<{ csrf: Response; response: Response; postMs: number }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  if (!csrf.ok) throw new Error(`csrf: HTTP ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("csrf: no token");
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookieHeaderOf(csrf) },
    body: new URLSearchParams({ csrfToken, username: account.username, password: account.password, callbackUrl: "/dashboard" }),
  });
  await response.arrayBuffer();
  return { csrf, response, postMs: performance.now() - started };
}

/** Throws a short reason unless the answer is Auth.js's redirect with no error code and a session cookie. */
function checkSignedIn(response: Response): void {
  if (response.status !== 302) throw new Error(`sign-in: HTTP ${response.status}`);
  const error = /[?&]error=([^&]+)/.exec(response.headers.get("location") ?? "");
  if (error) throw new Error(`sign-in: error=${decodeURIComponent(error[1]!)}`);
  if (!response.headers.getSetCookie().some((cookie) => sessionCookie.test(cookie))) throw new Error("sign-in: no session cookie");
}

/** One real sign-in; anything but success throws a reason the bench counts and prints. Returns the POST's own time in ms. */
export async function signInOverHttp(baseUrl: string, account: BenchAccount): Promise<number> {
  const { response, postMs } = await postCredentials(baseUrl, account);
  checkSignedIn(response);
  return postMs;
}

/** Once, before timing: the session cookie a sign-in sets is one the server then accepts. */
export async function checkSessionWorks(baseUrl: string, account: BenchAccount): Promise<void> {
  const { response } = await postCredentials(baseUrl, account);
  checkSignedIn(response);
  const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: cookieHeaderOf(response) } });
  const body = (await session.json()) as { user?: { id?: string } } | null;
  if (!body?.user?.id) throw new Error(`the session cookie from a bench sign-in was not accepted (HTTP ${session.status}, ${JSON.stringify(body)})`);
}
