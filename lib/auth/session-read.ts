import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";
import { validateClaims } from "./session-claims";

/**
 * The signed-in user's id for a page, layout or action, decided as Auth.js's own session read
 * decides it: the session cookie (joined from its chunks) decrypted with its name as the salt, then
 * the same check as the jwt callback (validateClaims: version, absolute lifetime, disabled). What it
 * leaves out is the work a read does not need: building the configuration, a CSRF token and its hash,
 * and encrypting a fresh cookie that a server component cannot set anyway (the proxy re-issues it,
 * SES-1). About a tenth of a signed-in page's server time (issue 16's profile of the dashboard).
 */
export async function sessionUserId(): Promise<string | null> {
  const config = getConfig();
  // Only the cookie: Auth.js's session read never takes a token from an Authorization header.
  const cookieOnly = new Headers({ cookie: (await headers()).get("cookie") ?? "" });
  const token = await getToken({ req: { headers: cookieOnly }, secret: config.AUTH_SECRET, secureCookie: config.APP_URL.startsWith("https://") });
  if (!token) return null;
  const claims = await validateClaims(token);
  return claims?.sub ?? null;
}
