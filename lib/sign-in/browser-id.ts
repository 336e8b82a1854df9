import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";

/**
 * An anonymous, random per-browser id for counting failed sign-ins per browser (RL-4). It names no
 * one and carries nothing; a script that drops it is still held by the per-username limits.
 */
export async function signInBrowserId(): Promise<string> {
  const https = getConfig().APP_URL.startsWith("https://");
  const name = https ? "__Host-signin-browser" : "signin-browser";
  const jar = await cookies();
  const existing = jar.get(name)?.value;
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
  const id = randomBytes(18).toString("base64url");
  jar.set(name, id, { httpOnly: true, sameSite: "lax", secure: https, path: "/", maxAge: 24 * 60 * 60 });
  return id;
}
