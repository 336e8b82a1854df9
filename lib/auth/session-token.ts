import { createHash } from "node:crypto";
import { getToken, type JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/platform/config/env";

/**
 * Tokens already decrypted, by a hash of their cookie (never the bearer value itself), each until its
 * own `exp`. Decrypting is five Web Crypto jobs (key derivation, MAC, AES), about a third of a
 * millisecond, and a browser sends the same cookie for a minute at a time (session-refresh.ts), to the
 * proxy and to the page. What a token says never changes; whether it still counts (session version,
 * disabled account, 12 hours) is checked against the database on every read (validateClaims).
 */
const decrypted = new Map<string, { token: JWT; expiresAtMs: number }>();
const maxEntries = 10_000;

/** The session cookie and its chunks as sent, hashed with the secret that decrypts them; null without one. */
function cacheKey(cookieHeader: string, cookieName: string, secret: string): string | null {
  const sent: string[] = [];
  for (const pair of cookieHeader.split(";")) {
    const trimmed = pair.trim();
    const name = trimmed.slice(0, trimmed.indexOf("="));
    if (name === cookieName || (name.startsWith(`${cookieName}.`) && /^\d+$/.test(name.slice(cookieName.length + 1)))) sent.push(trimmed);
  }
  return sent.length ? createHash("sha256").update(secret).update("\n").update(sent.join("; ")).digest("base64url") : null;
}

/**
 * The session token in a Cookie header, decrypted as Auth.js decrypts it: the session cookie
 * (joined from its chunks), the cookie's name as the salt. Only the cookie: Auth.js's session read
 * never takes a token from an Authorization header. Null when there is none, or it does not decrypt,
 * or it has expired.
 */
export async function readSessionToken(cookieHeader: string): Promise<JWT | null> {
  const config = getConfig();
  const secureCookie = config.APP_URL.startsWith("https://");
  const key = cacheKey(cookieHeader, secureCookie ? "__Secure-authjs.session-token" : "authjs.session-token", config.AUTH_SECRET);
  if (!key) return null;
  // Date, not the portal's clock: jose judges `exp` by Date, and a cached token must expire as it would.
  const hit = decrypted.get(key);
  if (hit && Date.now() < hit.expiresAtMs) return { ...hit.token };
  if (hit) decrypted.delete(key);
  const token = await getToken({ req: { headers: new Headers({ cookie: cookieHeader }) }, secret: config.AUTH_SECRET, secureCookie });
  if (token && typeof token.exp === "number") {
    decrypted.set(key, { token: { ...token }, expiresAtMs: token.exp * 1000 });
    // Oldest first (a Map keeps insertion order): a flood of distinct cookies cannot grow memory.
    while (decrypted.size > maxEntries) decrypted.delete(decrypted.keys().next().value!);
  }
  return token;
}
