import { trace } from "@opentelemetry/api";
import type { NextFetchEvent, NextRequest } from "next/server";
import { authProxy } from "@/lib/auth";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { sessionCookieIsFresh } from "@/lib/auth/session-refresh";
import { securedResponse } from "@/lib/platform/security/content-security-policy";

/**
 * Auth.js's own endpoints (sign-in, callback, csrf, session, sign-out) read, re-issue and end sessions
 * themselves; wrapping them as well only repeated the configuration, a CSRF hash and (for a signed-in
 * browser) a session check against the database. They still get the security headers.
 */
const authJsEndpoint = /^\/api\/auth(\/|$)/;

/**
 * Auth.js wraps the handler to read the session and re-issue its cookie (at most once a minute), so
 * activity keeps a session alive and idleness ends it (SES-1); a stale or revoked token is cleared.
 * This is an optimistic layer only: pages and actions check authorisation themselves (AJS-14).
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // The id the production server gave this request (access-log.mjs), on the request's trace, so an
  // access-log line, an error line (request-error.ts, with the digest the error page shows) and a
  // trace can be found from one another.
  const requestId = request.headers.get("x-request-id");
  if (requestId) trace.getActiveSpan()?.setAttribute("http.request_id", requestId);
  // No session cookie, no session to read or re-issue (most public traffic): only the headers.
  if (!hasSessionCookie(request.cookies.getAll()) || authJsEndpoint.test(request.nextUrl.pathname)) return securedResponse(request);
  // A cookie issued within the last minute is left as it is (session-refresh.ts); the page and its
  // actions still check the session themselves.
  if (await sessionCookieIsFresh(request.headers.get("cookie") ?? "")) return securedResponse(request);
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
