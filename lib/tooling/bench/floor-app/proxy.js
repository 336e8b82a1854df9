// The portal's proxy (proxy.ts) without the Auth.js session read: the same nonce and CSP on every
// request it matches. content-security-policy.js is lib/platform/security/content-security-policy.ts,
// copied here (types stripped) when the benchmark writes this app (lib/tooling/bench/floor-app.ts).
import { securedResponse } from "./content-security-policy.js";

export function proxy(request) {
  return securedResponse(request);
}

// The portal's matcher, as it is in proxy.ts (floor-app.test.ts keeps the two the same).
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
