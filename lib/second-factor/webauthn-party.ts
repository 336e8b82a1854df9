import "server-only";
import { getConfig } from "@/lib/platform/config/env";
import { getBranding } from "@/lib/platform/config/branding";

/**
 * The WebAuthn relying party (MFA-10): its ID is APP_URL's host name and the only origin accepted is
 * APP_URL's origin, never the Host header, so a passkey made here works only on the configured site.
 */
export function relyingParty(): { id: string; name: string; origin: string } {
  const url = new URL(getConfig().APP_URL);
  return { id: url.hostname, name: getBranding().portalShortName, origin: url.origin };
}
