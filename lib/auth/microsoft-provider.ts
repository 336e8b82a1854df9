import "server-only";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import type { Config } from "@/lib/platform/config/env";

export const MICROSOFT_PROVIDER_ID = "microsoft-entra-id";

/**
 * Microsoft Entra ID, only when configured. Scopes `openid profile email` and a profile() built from
 * the id_token's claims alone: the stock one fetches the photo from Microsoft Graph (AJS-8, stack
 * notes pitfall 3). The account is identified by `sub` (Auth.js's providerAccountId), never by email (AJS-6).
 */
export function microsoftProvider(config: Config) {
  const provider = MicrosoftEntraID({
    clientId: config.AUTH_MICROSOFT_ENTRA_ID_ID,
    clientSecret: config.AUTH_MICROSOFT_ENTRA_ID_SECRET,
    issuer: config.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
    authorization: { params: { scope: "openid profile email" } },
    profile(claims) {
      return { id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null, email: null, image: null };
    },
  });
  return onMicrosoftsHosts(config.AUTH_MICROSOFT_ENTRA_ID_ISSUER) ? provider : withoutTenantRediscovery(provider);
}

function onMicrosoftsHosts(issuer: string | undefined): boolean {
  try {
    return new URL(issuer ?? "").hostname === "login.microsoftonline.com";
  } catch {
    return false;
  }
}

/**
 * Auth.js re-runs discovery for the id_token's (unverified) `tid` on Microsoft's multi-tenant URL
 * scheme, without its allow-insecure flag. For any other issuer (the local test issuer, a sovereign
 * cloud proxy) that step means nothing and only fails, so the internal marker that triggers it is
 * dropped; the token is then checked against the configured issuer alone, and `tid` against the list.
 */
function withoutTenantRediscovery<T extends object>(provider: T): T {
  const copy = { ...provider } as Record<string | symbol, unknown>;
  for (const symbol of Object.getOwnPropertySymbols(copy)) {
    if (symbol.description === "conform-internal") delete copy[symbol];
  }
  return copy as T;
}

/** AJS-5: the `tid` claim must name an allowed tenant (every tenant passes when the list is empty
 * only if the issuer itself is tenant-specific, which the README requires). */
export function tenantAllowed(tid: unknown, config: Config): boolean {
  if (config.MICROSOFT_ALLOWED_TENANTS.length === 0) return true;
  return typeof tid === "string" && config.MICROSOFT_ALLOWED_TENANTS.includes(tid);
}
