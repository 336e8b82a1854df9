import "server-only";
import * as oauth from "oauth4webapi";
import type { Config } from "@/lib/platform/config/env";
import { getConfig } from "@/lib/platform/config/env";
import { appLink } from "@/lib/platform/email/app-link";

/**
 * Staff sign-in with Microsoft (issue 15 item 1): the OpenID Connect code flow with PKCE, state and
 * nonce, done here with oauth4webapi rather than Auth.js, because a staff sign-in must never become an
 * educator session. Same app registration as the educators' (AUTH_MICROSOFT_ENTRA_ID_*), its own
 * redirect URI (register it in Entra too), and only tokens whose `tid` is STAFF_MICROSOFT_TENANT count.
 */
export const staffMicrosoftCallbackPath = "/staff/microsoft/callback";

/** Shown (the button) and accepted (the routes) only when the agency's tenant and the app registration are set. */
export function staffMicrosoftConfigured(config: Config = getConfig()): boolean {
  return Boolean(config.STAFF_MICROSOFT_TENANT && config.AUTH_MICROSOFT_ENTRA_ID_ID && config.AUTH_MICROSOFT_ENTRA_ID_SECRET && config.AUTH_MICROSOFT_ENTRA_ID_ISSUER);
}

export type StaffOidc = { as: oauth.AuthorizationServer; client: oauth.Client; auth: oauth.ClientAuth; redirectUri: string; options: { [oauth.allowInsecureRequests]?: boolean } };

/**
 * On Microsoft's own hosts the agency's tenant is the issuer (the educators' issuer may be multi-tenant,
 * whose metadata names no single issuer); any other issuer (the local test issuer) is used as configured.
 */
export function staffIssuer(config: Config): URL {
  const configured = new URL(config.AUTH_MICROSOFT_ENTRA_ID_ISSUER!);
  if (configured.hostname !== "login.microsoftonline.com") return configured;
  return new URL(`https://login.microsoftonline.com/${encodeURIComponent(config.STAFF_MICROSOFT_TENANT!)}/v2.0`);
}

let discovered: { issuer: string; as: oauth.AuthorizationServer } | undefined;

/** The issuer's metadata (discovered once per process) and this app as its client. */
export async function staffOidc(config: Config = getConfig()): Promise<StaffOidc> {
  const issuer = staffIssuer(config);
  // Plain http only for an issuer on this machine (the e2e tests' local issuer); Microsoft is https.
  const options = issuer.protocol === "http:" && issuer.hostname === "localhost" ? { [oauth.allowInsecureRequests]: true } : {};
  if (discovered?.issuer !== issuer.href) {
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: "oidc" }));
    discovered = { issuer: issuer.href, as };
  }
  return {
    as: discovered.as,
    client: { client_id: config.AUTH_MICROSOFT_ENTRA_ID_ID! },
    auth: oauth.ClientSecretPost(config.AUTH_MICROSOFT_ENTRA_ID_SECRET!),
    redirectUri: appLink(staffMicrosoftCallbackPath),
    options,
  };
}
