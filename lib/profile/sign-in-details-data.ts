import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { signedInAtFor } from "@/lib/auth/recent-sign-in";
import type { ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { emailChangeStatusFor, requestEmailChangeFor } from "./email-change";
import { microsoftLinkStatusFor, startMicrosoftLinkFor, unlinkMicrosoftFor } from "./microsoft-account";

/**
 * The profile's email and Microsoft data functions. Each takes the person from the session
 * (requireUser) and the time of their last sign-in from the same session's JWT (SES-7), never an id
 * from the browser; the *For(user.id, await signedInAtFor(user.id)) functions behind them are for this file and tests only.
 */
export async function myEmailChange() {
  const user = await requireUser();
  return emailChangeStatusFor(user.id, await signedInAtFor(user.id));
}

export async function requestEmailChange(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return requestEmailChangeFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}

export async function myMicrosoftLink() {
  const user = await requireUser();
  return microsoftLinkStatusFor(user.id, await signedInAtFor(user.id));
}

export async function startMicrosoftLink(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return startMicrosoftLinkFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}

export async function unlinkMicrosoft(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return unlinkMicrosoftFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}
