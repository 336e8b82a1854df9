import { expect, test } from "@playwright/test";

/** Request-level checks against the production build (TEST-2): headers, CSRF, redirects, Host. */

async function microsoftActionId(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const match = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html);
  expect(match, "the Microsoft button is a plain Server Action form").not.toBeNull();
  return match![1]!;
}

test("every page answers with the nonce CSP, HSTS, nosniff, frame-ancestors none, Referrer-Policy and no-store (NX-7, NX-8, TEST-2)", async ({ request }) => {
  for (const path of ["/", "/forgot-username", "/forgot-password", "/reset-password?token=x", "/unlock"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toContain("max-age=31536000");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cache-control"]).toContain("no-store");
  }
});

test("a Server Action POST from a foreign origin is refused (NX-4); the same POST from the site's origin works", async ({ request, baseURL }) => {
  const actionId = await microsoftActionId(request);
  const form = { [actionId]: "" };
  const foreign = await request.post("/", { multipart: form, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(foreign.headers()["location"]).toBeUndefined();
  const own = await request.post("/", { multipart: form, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(own.status()).toBe(303);
  expect(own.headers()["location"]).toBeTruthy();
});

test("Auth.js redirects stay on the site: a foreign callbackUrl is dropped (AJS-11)", async ({ request, baseURL }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/signout", {
    form: { csrfToken: csrf.csrfToken, callbackUrl: "https://evil.example/after" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  expect(location.startsWith(baseURL!)).toBe(true);
  expect(location).not.toContain("evil.example");
});

test("a forged Host or X-Forwarded-Host is never reflected into the page's links (TOK-6, AJS-4)", async ({ request }) => {
  const forged: Record<string, string>[] = [{ host: "evil.example" }, { "x-forwarded-host": "evil.example" }, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }];
  for (const headers of forged) {
    const response = await request.get("/", { headers, maxRedirects: 0 });
    // The home page itself, not an error page or a redirect that would trivially lack the host.
    expect(response.status(), JSON.stringify(headers)).toBe(200);
    const html = await response.text();
    expect(html).toContain('name="username"');
    expect(html).not.toContain("evil.example");
    expect(JSON.stringify(response.headers())).not.toContain("evil.example");
  }
});

test("Credentials posted straight to Auth.js with an unknown user fail with a generic code in the URL", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, username: "no.such.user.here", password: "Whatever-It-Is-1!" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  expect(location).toContain("error=CredentialsSignin");
  expect(location).toContain("code=credentials");
});
