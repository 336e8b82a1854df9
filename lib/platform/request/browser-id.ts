import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";

/**
 * An anonymous, random per-browser id: failed sign-ins are counted per browser with it (RL-4), and
 * audit events carry it. It names no one and carries nothing; a script that drops it is still held
 * by the per-username limits.
 */
export function browserIdCookieName(): string {
  return getConfig().APP_URL.startsWith("https://") ? "__Host-signin-browser" : "signin-browser";
}

const shaped = (value: string | undefined): value is string => Boolean(value && /^[A-Za-z0-9_-]{20,64}$/.test(value));

/** The id this browser already has, or null: reading never sets a cookie, so pages may call it. */
export function browserIdFrom(cookieValue: string | undefined): string | null {
  return shaped(cookieValue) ? cookieValue : null;
}

/**
 * This browser's id, created on first use. Sets a cookie, which Next allows only in server actions
 * and route handlers: call it there, never while rendering a page.
 */
export async function ensureBrowserId(): Promise<string> {
  const jar = await cookies();
  const existing = browserIdFrom(jar.get(browserIdCookieName())?.value);
  if (existing) return existing;
  const id = randomBytes(18).toString("base64url");
  jar.set(browserIdCookieName(), id, { httpOnly: true, sameSite: "lax", secure: getConfig().APP_URL.startsWith("https://"), path: "/", maxAge: 24 * 60 * 60 });
  return id;
}
