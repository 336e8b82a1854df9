import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";

/**
 * "This browser has signed in to this account before" (RL-1, RL-11, issue 11 item 4). After a right
 * password the browser keeps a long-lived, HttpOnly cookie of up to five entries, one per account
 * (a family computer), each `userId.expires.mac` with an HMAC under a key derived from AUTH_SECRET.
 * A browser holding a good entry for the account it is signing in to is its own lockout source: the
 * failures of strangers (other networks, the account-wide hard cap, the per-network throttle) do not
 * stop it, so a known username cannot be kept locked from anywhere. Its own failures still lock it.
 * It grants nothing else: the password (and any second factor) is asked for as always.
 */
export const KNOWN_DEVICE_DAYS = 180;
const MAX_ENTRIES = 5;
const cookieBase = "known-device";

export function knownDeviceCookieName(): string {
  return getConfig().APP_URL.startsWith("https://") ? `__Host-${cookieBase}` : cookieBase;
}

function signature(payload: string): string {
  const key = createHmac("sha256", getConfig().AUTH_SECRET).update("known-device-v1").digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}

function entryFor(userId: string): string {
  const expires = Math.floor(now().getTime() / 1000) + KNOWN_DEVICE_DAYS * 24 * 60 * 60;
  const payload = `${userId}.${expires}`;
  return `${payload}.${signature(payload)}`;
}

/** The entry of `cookieValue` that is good for `userId` now, or null (bad signature, expired, another account). */
function goodEntry(userId: string, cookieValue: string | undefined): string | null {
  for (const entry of cookieValue?.split("~") ?? []) {
    const parts = entry.split(".");
    if (parts.length !== 3) continue;
    const [owner, expires, mac] = parts as [string, string, string];
    if (owner !== userId) continue;
    const expected = Buffer.from(signature(`${owner}.${expires}`));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) continue;
    if (Number(expires) * 1000 > now().getTime()) return entry;
  }
  return null;
}

/**
 * The lockout source name of a known device for `userId`, or null when the cookie does not vouch for
 * this browser. The name is a hash of the signed entry, so it names the browser and never the cookie.
 */
export function knownDeviceSource(userId: string, cookieValue: string | undefined): string | null {
  const entry = goodEntry(userId, cookieValue);
  return entry ? `device:${createHash("sha256").update(entry).digest("base64url").slice(0, 32)}` : null;
}

/** The cookie value after a right password for `userId`: its fresh entry first, then up to four others still good. */
export function knownDeviceValueAfterSignIn(userId: string, cookieValue: string | undefined): string {
  const others = (cookieValue?.split("~") ?? []).filter((entry) => {
    const owner = entry.split(".")[0];
    return owner && owner !== userId && goodEntry(owner, entry) === entry;
  });
  return [entryFor(userId), ...others].slice(0, MAX_ENTRIES).join("~");
}

/** This cookie from a raw Cookie header (Auth.js's authorize() gets the request, not a Next request scope). */
export function knownDeviceCookieFrom(headers: Headers): string | undefined {
  const name = knownDeviceCookieName();
  const pair = (headers.get("cookie") ?? "").split(/;\s*/).find((part) => part.startsWith(`${name}=`));
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : undefined;
}

/** Cookie options: HttpOnly, SameSite=Lax, Secure on https, the whole site, 180 days. */
export function knownDeviceCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getConfig().APP_URL.startsWith("https://"),
    path: "/",
    maxAge: KNOWN_DEVICE_DAYS * 24 * 60 * 60,
  };
}
