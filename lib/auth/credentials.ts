import "server-only";
import Credentials from "next-auth/providers/credentials";
import { clientIpFrom } from "@/lib/platform/security/client-ip";
import { attemptSignIn } from "@/lib/sign-in/attempt-sign-in";
import { currentSignInChannel } from "@/lib/sign-in/outcome-channel";

export type AuthorizedUser = { id: string; sessionVersion: number };

/**
 * Checks a username and password with every throttle in front (lib/sign-in/attempt-sign-in.ts).
 * Returns null on any failure; the error code Auth.js puts in a URL is its generic default (AJS-10).
 * A common password (PWD-4) never starts a session here: the sign-in action reads the outcome from
 * the channel and sends the person to choose a new password first.
 */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, request: Request): Promise<AuthorizedUser | null> {
  const channel = currentSignInChannel();
  const outcome = await attemptSignIn({
    username: credentials.username,
    password: credentials.password,
    ip: clientIpFrom(request.headers),
    userAgent: request.headers.get("user-agent"),
    browserId: channel?.browserId,
  });
  if (channel) channel.outcome = outcome;
  if (!outcome.ok || outcome.commonPassword) return null;
  return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
}

/** The username-and-password provider. */
export function credentialsProvider() {
  return Credentials({
    id: "credentials",
    credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
    authorize: (credentials, request) => authorizeCredentials(credentials, request),
  });
}
