/**
 * Auth.js's session cookie: `authjs.session-token` over http, `__Secure-authjs.session-token` over
 * https, split into `.0`, `.1`… when the token is large. A request without one has no session, so
 * the proxy and `auth()` can answer "signed out" without running Auth.js at all: no JWT work, no
 * configuration built, and no CSRF or callback-url cookie handed to every anonymous visitor.
 */
const sessionCookieName = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export function hasSessionCookie(cookies: Iterable<{ name: string }>): boolean {
  for (const cookie of cookies) if (sessionCookieName.test(cookie.name)) return true;
  return false;
}
