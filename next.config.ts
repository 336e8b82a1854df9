import type { NextConfig } from "next";
import { actionBodyLimitBytes } from "./lib/platform/config/fees-and-documents-config";

// Headers that do not depend on the request. The CSP needs a fresh nonce per request, so proxy.ts
// sets it (NX-7); these cover NX-8 for every response, static files included.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WASM packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // Uploads go through server actions (1 MB by default) and proxy.ts (10 MB by default): both are
  // raised just past DOCUMENT_MAX_BYTES so a too-large file reaches the action and is refused there,
  // with a message next to the field, rather than by a framework error page (DOC-2).
  experimental: {
    serverActions: { bodySizeLimit: actionBodyLimitBytes() },
    proxyClientMaxBodySize: actionBodyLimitBytes(),
    // app/global-not-found.tsx answers unmatched addresses, so no root not-found (and its page frame)
    // is rendered into every page's payload.
    globalNotFound: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
