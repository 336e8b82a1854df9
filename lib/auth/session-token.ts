import { getToken, type JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/platform/config/env";

/**
 * The session token in a Cookie header, decrypted as Auth.js decrypts it: the session cookie
 * (joined from its chunks), the cookie's name as the salt. Only the cookie: Auth.js's session read
 * never takes a token from an Authorization header. Null when there is none, or it does not decrypt,
 * or it has expired.
 */
export async function readSessionToken(cookieHeader: string): Promise<JWT | null> {
  const config = getConfig();
  const cookieOnly = new Headers({ cookie: cookieHeader });
  return getToken({ req: { headers: cookieOnly }, secret: config.AUTH_SECRET, secureCookie: config.APP_URL.startsWith("https://") });
}
