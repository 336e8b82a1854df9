import "server-only";
import Credentials from "next-auth/providers/credentials";
import { requestFactsFrom } from "@/lib/platform/request/request-facts";
import { attemptSignIn } from "@/lib/sign-in/attempt-sign-in";
import { knownDeviceCookieFrom } from "@/lib/sign-in/known-device";
import { currentSignInChannel } from "@/lib/sign-in/outcome-channel";
import { rememberedCookieFrom } from "@/lib/second-factor/device-trust";
import { secondStepNeeded } from "@/lib/second-factor/second-step-needed";
import { redeemSessionTicket } from "./session-ticket";

export type AuthorizedUser = { id: string; sessionVersion: number };

/**
 * Either a session ticket of an account created a moment ago (session-ticket.ts: no password check,
 * no throttle, no "signed in" event), or a username and password with every throttle in front
 * (lib/sign-in/attempt-sign-in.ts).
 * Returns null on any failure; the error code Auth.js puts in a URL is its generic default (AJS-10).
 * A common password (PWD-4) never starts a session here: the sign-in action reads the outcome from
 * the channel and sends the person to choose a new password first.
 */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, request: Request): Promise<AuthorizedUser | null> {
  if (credentials.ticket !== undefined) return redeemSessionTicket(credentials.userId, credentials.ticket);
  const channel = currentSignInChannel();
  const facts = requestFactsFrom(request.headers);
  const remembered = rememberedCookieFrom(request.headers);
  const outcome = await attemptSignIn({
    username: credentials.username,
    password: credentials.password,
    ip: facts.ip,
    userAgent: facts.userAgent,
    // Counted per browser only for the sign-in actions, which hand over the id they ensured (RL-4).
    browserId: channel?.browserId,
    // A browser that signed in to this account before is its own lockout source (RL-1, RL-11).
    knownDevice: knownDeviceCookieFrom(request.headers),
    // MFA-7: a password alone never starts the session of an account with a second factor, whoever
    // posts it; the sign-in action sees the outcome in the channel and starts the second step.
    secondStepCheck: (userId) => secondStepNeeded(userId, facts, remembered),
  });
  if (channel) channel.outcome = outcome;
  if (!outcome.ok || outcome.commonPassword || outcome.secondStep) return null;
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
