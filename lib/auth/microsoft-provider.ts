import "server-only";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import type { Config } from "@/lib/config/env";

export const MICROSOFT_PROVIDER_ID = "microsoft-entra-id";

/**
 * Microsoft Entra ID, only when configured. Scopes `openid profile email` and a profile() built from
 * the id_token's claims alone: the stock one fetches the photo from Microsoft Graph (AJS-8, stack
 * notes pitfall 3). The account is identified by `sub` (Auth.js's providerAccountId), never by email (AJS-6).
 */
export function microsoftProvider(config: Config) {
  return MicrosoftEntraID({
    clientId: config.AUTH_MICROSOFT_ENTRA_ID_ID,
    clientSecret: config.AUTH_MICROSOFT_ENTRA_ID_SECRET,
    issuer: config.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
    authorization: { params: { scope: "openid profile email" } },
    profile(claims) {
      return { id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null, email: null, image: null };
    },
  });
}

/** AJS-5: the `tid` claim must name an allowed tenant (every tenant passes when the list is empty
 * only if the issuer itself is tenant-specific, which the README requires). */
export function tenantAllowed(tid: unknown, config: Config): boolean {
  if (config.MICROSOFT_ALLOWED_TENANTS.length === 0) return true;
  return typeof tid === "string" && config.MICROSOFT_ALLOWED_TENANTS.includes(tid);
}
