import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { secondFactorAccounts } from "@/lib/platform/db/schema";

/**
 * "Remember this browser for 30 days" (MFA-11). After a good second step the browser may keep a
 * signed cookie: the user id, the account's device-trust version and an expiry, with an HMAC under a
 * key derived from AUTH_SECRET. It skips only the second step (the password is still asked for), and
 * only while the version matches: a password change or reset and "sign out everywhere" bump it
 * (retireAccountLinks in lib/platform/tokens), which ends every remembered browser of the account at once.
 *
 * Why not users.session_version: an ordinary sign-out bumps that one too (lib/auth/sign-out.ts), and
 * a remembered browser must survive signing out; it is for the events that say "someone else may
 * have my password".
 */
export const REMEMBER_DAYS = 30;
const cookieBase = "remembered-browser";

function cookieName(): string {
  return getConfig().APP_URL.startsWith("https://") ? `__Host-${cookieBase}` : cookieBase;
}

function signature(payload: string): string {
  const key = createHmac("sha256", getConfig().AUTH_SECRET).update("remember-browser-v1").digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}

export async function deviceTrustVersion(userId: string, executor: Executor = db): Promise<number> {
  const [row] = await executor.select({ version: secondFactorAccounts.deviceTrustVersion }).from(secondFactorAccounts).where(eq(secondFactorAccounts.userId, userId));
  return row?.version ?? 1;
}

/** The cookie value for `userId` at its current version, good for 30 days from now. */
export async function rememberedBrowserValue(userId: string): Promise<string> {
  const expires = Math.floor(now().getTime() / 1000) + REMEMBER_DAYS * 24 * 60 * 60;
  const payload = `${userId}.${await deviceTrustVersion(userId)}.${expires}`;
  return `${payload}.${signature(payload)}`;
}

/** Whether `value` remembers this browser for `userId`: a good signature, not expired, the current version. */
export async function remembersBrowser(userId: string, value: string | undefined): Promise<boolean> {
  const version = rememberedVersion(userId, value);
  return version !== null && version === (await deviceTrustVersion(userId));
}

/** The same, given the account's current device-trust version (secondFactorFacts has read it already). */
export function remembersBrowserAt(userId: string, value: string | undefined, currentVersion: number): boolean {
  return rememberedVersion(userId, value) === currentVersion;
}

/** The device-trust version a well-signed, unexpired cookie for `userId` carries; null for anything else. */
function rememberedVersion(userId: string, value: string | undefined): number | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [owner, version, expires, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(signature(`${owner}.${version}.${expires}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (owner !== userId || Number(expires) * 1000 <= now().getTime()) return null;
  return Number(version);
}

/** This request's remembered-browser cookie, read through next/headers (pages, actions, route handlers). */
export async function rememberedCookie(): Promise<string | undefined> {
  return (await cookies()).get(cookieName())?.value;
}

/** The same from a raw Cookie header (Auth.js's authorize() gets the request, not a Next request scope). */
export function rememberedCookieFrom(headers: Headers): string | undefined {
  const pair = (headers.get("cookie") ?? "").split(/;\s*/).find((part) => part.startsWith(`${cookieName()}=`));
  return pair ? decodeURIComponent(pair.slice(cookieName().length + 1)) : undefined;
}

/** Sets the cookie (a server action only). httpOnly, SameSite=Lax, Secure on https, the whole site. */
export async function rememberThisBrowser(userId: string): Promise<void> {
  (await cookies()).set(cookieName(), await rememberedBrowserValue(userId), {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().APP_URL.startsWith("https://"),
    path: "/",
    maxAge: REMEMBER_DAYS * 24 * 60 * 60,
  });
}
