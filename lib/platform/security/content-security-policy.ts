import { NextResponse, type NextRequest } from "next/server";

// Imports nothing but next/server, on purpose: the benchmark's bare app (lib/tooling/bench/floor-app.ts)
// copies this file's text into its own proxy, so the floor pays for exactly the same nonce and header.

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

/** Passes the request on with its nonce (x-nonce) and CSP, and answers with the same CSP header. */
export function securedResponse(request: NextRequest) {
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
