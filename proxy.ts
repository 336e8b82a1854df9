import { trace } from "@opentelemetry/api";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authProxy } from "@/lib/auth";

/**
 * A fresh nonce per request for the Content-Security-Policy (NX-7). Next.js reads the nonce from the
 * request's CSP header and puts it on its own scripts; reading headers makes every page dynamic,
 * which is the point: caching is of data, never of pages.
 */
export function contentSecurityPolicy(nonce: string, development: boolean, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce (the captcha widget reads it from <meta name="csp-nonce">), so an
    // injected <style> cannot read the page through selectors. Style *attributes* cannot carry a
    // nonce; React sets some (style props), and they cannot select or run code: docs/SECURITY.md NX-7.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self' https://login.microsoftonline.com",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function securedResponse(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(
    nonce,
    process.env.NODE_ENV === "development",
    Boolean(process.env.APP_URL?.startsWith("https://")),
  );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Auth.js's own endpoints (/api/auth/*: csrf, session, sign-in callbacks, sign-out) read, re-issue
 * and end sessions themselves (the session endpoint re-issues the cookie on every read, SES-1).
 * Wrapping them as well would only repeat that work on each call (the configuration, a CSRF hash and,
 * for a signed-in browser, a session check against the database); they still get the security headers.
 */
const authJsEndpoint = /^\/api\/auth(\/|$)/;

/**
 * Auth.js wraps the handler to read the session on every request and re-issue its cookie, so
 * activity keeps a session alive and idleness ends it (SES-1); a stale or revoked token is cleared.
 * This is an optimistic layer only: pages and actions check authorisation themselves (AJS-14).
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // The id the production server gave this request (access-log.mjs), on the request's trace, so an
  // access-log line, an error line (request-error.ts, with the digest the error page shows) and a
  // trace can be found from one another.
  const requestId = request.headers.get("x-request-id");
  if (requestId) trace.getActiveSpan()?.setAttribute("http.request_id", requestId);
  if (authJsEndpoint.test(request.nextUrl.pathname)) return securedResponse(request);
  // With lazy configuration Auth.js hands the wrapped handler back asynchronously.
  const handler = await authProxy((wrapped) => securedResponse(wrapped));
  return handler(request, event as never);
}

export const config = {
  matcher: [
    {
      source: "/((?!api/health|_next/static|_next/image|favicon.ico|icon.svg|apple-icon|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
