import type { Profile } from "next-auth";
import type { Config } from "@/lib/platform/config/env";

/**
 * MFA-13: a Microsoft sign-in counts as the first factor only, unless the agency trusts Microsoft's
 * MFA (TRUST_MICROSOFT_MFA=true) and the ID token's `amr` (authentication methods, RFC 8176) says
 * "mfa". Anything else (no claim, a string, other methods) is not trusted.
 */
export function microsoftMfaTrusted(profile: Profile, config: Pick<Config, "TRUST_MICROSOFT_MFA">): boolean {
  if (!config.TRUST_MICROSOFT_MFA) return false;
  const amr = (profile as { amr?: unknown }).amr;
  return Array.isArray(amr) && amr.includes("mfa");
}
