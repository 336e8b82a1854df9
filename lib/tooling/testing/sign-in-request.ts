import { cookieHeaderOf } from "@/lib/tooling/testing/set-cookie";

/**
 * What a browser form posting to Auth.js does: GET /api/auth/csrf for the CSRF cookie and token
 * (without both Auth.js answers MissingCSRF), then POST the credentials with them. `postMs` is the
 * POST alone. `headers` go with both requests (a proxy's X-Forwarded-Proto, say). Shared by the
 * sign-in bench (lib/tooling/bench) and the request-level e2e specs.
 */
export async function postCredentials(
  baseUrl: string,
  account: { username: string; password: string },
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
