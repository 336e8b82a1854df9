import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { hashToken, newToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * Server-side state bound to one browser (pending Microsoft links, profile link intents): the row
 * stores only the hashes of a random token and a browser secret, and an HttpOnly cookie holds both.
 * A stolen database row cannot be replayed, and a leaked token alone is useless in another browser.
 */
export type BrowserBoundHashes = { tokenHash: string; browserBindingHash: string };

function cookieName(base: string): string {
  return getConfig().APP_URL.startsWith("https://") ? `__Host-${base}` : base;
}

/** Sets the cookie and returns what the row stores: the two hashes and when it expires. */
export async function issueBrowserBound(base: string, lifetimeSeconds: number): Promise<BrowserBoundHashes & { expiresAt: Date }> {
  const token = newToken();
  const binding = randomBytes(16).toString("base64url");
  const secure = getConfig().APP_URL.startsWith("https://");
  (await cookies()).set(cookieName(base), `${token}.${binding}`, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: lifetimeSeconds });
  return { tokenHash: hashToken(token), browserBindingHash: hashToken(binding), expiresAt: new Date(now().getTime() + lifetimeSeconds * 1000) };
}

/** The hashes this browser's cookie names, or null without one. */
export async function readBrowserBound(base: string): Promise<BrowserBoundHashes | null> {
  const [token, binding] = ((await cookies()).get(cookieName(base))?.value ?? "").split(".");
  return token && binding ? { tokenHash: hashToken(token), browserBindingHash: hashToken(binding) } : null;
}

export async function forgetBrowserBound(base: string): Promise<void> {
  (await cookies()).delete(cookieName(base));
}
