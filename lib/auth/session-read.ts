import "server-only";
import { headers } from "next/headers";
import { validateClaims, type SessionClaims } from "./session-claims";
import { readSessionToken } from "./session-token";

/**
 * The claims of this request's session (who, which session generation, and `auth_time`), decided as
 * Auth.js's own session read decides it: the session cookie (joined from its chunks) decrypted with its
 * name as the salt (session-token.ts, once per cookie), then the same check as the jwt callback
 * (validateClaims: version, absolute lifetime, disabled). Read from the JWT itself so the claims stay
 * out of the browser-visible session object (AJS-3). What it leaves out is the work a read does not
 * need: building the configuration, a CSRF token and its hash, and encrypting a fresh cookie that a
 * server component cannot set anyway (the proxy re-issues it, SES-1).
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  const token = await readSessionToken((await headers()).get("cookie") ?? "");
  return token ? validateClaims(token) : null;
}

/** The signed-in user's id for a page, layout or action, or null. */
export async function sessionUserId(): Promise<string | null> {
  return (await currentSessionClaims())?.sub ?? null;
}
