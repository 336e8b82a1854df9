import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";
import { CLAIM_LIFETIME_MINUTES } from "./claims";
import { looksLikeToken, newToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * The anonymous pre-registration cookie (REG-7) binds claim tokens to the browser that searched, and
 * the claim cookie carries the token of the record the person chose ("This is me!"), so the token never
 * appears in a URL. Both are HttpOnly, SameSite=Lax, Secure over https, scoped to /register, and short
 * lived.
 */
const PREREGISTRATION_COOKIE = "kecs-preregistration";
const CLAIM_COOKIE = "kecs-claim";

function cookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getConfig().APP_URL.startsWith("https://"),
    path: "/register",
    maxAge: CLAIM_LIFETIME_MINUTES * 60,
  };
}

/** This browser's binding, created on its first search (only from a server action or route handler). */
export async function ensureBrowserBinding(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(PREREGISTRATION_COOKIE)?.value;
  if (looksLikeToken(existing)) return existing;
  const binding = newToken();
  jar.set(PREREGISTRATION_COOKIE, binding, cookieOptions());
  return binding;
}

export async function readBrowserBinding(): Promise<string | undefined> {
  const value = (await cookies()).get(PREREGISTRATION_COOKIE)?.value;
  return looksLikeToken(value) ? value : undefined;
}

export async function rememberChosenClaim(token: string): Promise<void> {
  (await cookies()).set(CLAIM_COOKIE, token, cookieOptions());
}

export async function readChosenClaim(): Promise<string | undefined> {
  return (await cookies()).get(CLAIM_COOKIE)?.value;
}

export async function forgetChosenClaim(): Promise<void> {
  (await cookies()).delete({ name: CLAIM_COOKIE, path: "/register" });
}
