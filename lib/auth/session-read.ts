import "server-only";
import { headers } from "next/headers";
import { validateClaims } from "./session-claims";
import { readSessionToken } from "./session-token";

/**
 * The signed-in user's id for a page, layout or action, decided as Auth.js's own session read
 * decides it: the session cookie (joined from its chunks) decrypted with its name as the salt, then
 * the same check as the jwt callback (validateClaims: version, absolute lifetime, disabled). What it
 * leaves out is the work a read does not need: building the configuration, a CSRF token and its hash,
 * and encrypting a fresh cookie that a server component cannot set anyway (the proxy re-issues it,
 * SES-1). About a tenth of a signed-in page's server time (issue 16's profile of the dashboard).
 */
export async function sessionUserId(): Promise<string | null> {
  const token = await readSessionToken((await headers()).get("cookie") ?? "");
  if (!token) return null;
  const claims = await validateClaims(token);
  return claims?.sub ?? null;
}
