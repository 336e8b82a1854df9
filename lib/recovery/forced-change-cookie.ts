import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";
import { looksLikeToken } from "@/lib/platform/tokens/one-time-tokens";
import { RESET_MINUTES } from "./request-password-reset";

/**
 * PWD-4's forced password change carries its reset token in this cookie, never in the URL (PII-9,
 * ASVS 14.2.1): a URL ends up in history, logs and Referer headers. HttpOnly, SameSite=Lax, Secure
 * over https, scoped to /reset-password, and no longer lived than the token itself. The page puts it in
 * the form's POST body, like an emailed link's token.
 */
const FORCED_CHANGE_COOKIE = "kecs-forced-password-change";
const path = "/reset-password";

/** Where the sign-in action sends a person whose password is common (the token goes in the cookie). */
export const forcedChangePath = `${path}?reason=common`;

export async function rememberForcedChange(token: string): Promise<void> {
  (await cookies()).set(FORCED_CHANGE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().APP_URL.startsWith("https://"),
    path,
    maxAge: RESET_MINUTES * 60,
  });
}

export async function readForcedChange(): Promise<string | undefined> {
  const value = (await cookies()).get(FORCED_CHANGE_COOKIE)?.value;
  return looksLikeToken(value) ? value : undefined;
}

export async function forgetForcedChange(): Promise<void> {
  (await cookies()).delete({ name: FORCED_CHANGE_COOKIE, path });
}
