import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { keepThisSession } from "@/lib/auth/keep-session";
import type { ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { contactValuesFor, saveContactDetailsFor } from "./contact";
import { latestNameChangeFor, requestNameChangeFor } from "./name-change";
import { recordFor } from "./record";
import { changePasswordFor, signOutOtherSessionsFor, type ChangePasswordValues, type SecurityChange } from "./security";
import { securityEventsFor } from "./security-events";

/**
 * The profile's data functions. Each takes the person from the session (requireUser), never an id
 * from the browser; the *For(userId) functions behind them are for this file and tests only.
 */
export async function myProfile() {
  const user = await requireUser();
  const [record, contact, nameChange] = await Promise.all([recordFor(user.id), contactValuesFor(user.id), latestNameChangeFor(user.id)]);
  if (!record) throw new Error("the signed-in account has no record");
  return { record, contact, nameChange };
}

export async function requestNameChange(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return requestNameChangeFor(user.id, values, await requestFacts());
}

export async function saveContactDetails(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return saveContactDetailsFor(user.id, values, await requestFacts());
}

export async function mySecurityEvents() {
  const user = await requireUser();
  return securityEventsFor(user.id);
}

/** For actions only: re-issues this session's cookie after a change that ended the account's other sessions. */
async function keptSession({ state, renewalTicket }: SecurityChange): Promise<ActionState> {
  if (renewalTicket) await keepThisSession(renewalTicket);
  return state;
}

export async function changePassword(values: ChangePasswordValues): Promise<ActionState> {
  const user = await requireUser();
  return keptSession(await changePasswordFor(user.id, values, await requestFacts()));
}

export async function signOutOtherSessions(): Promise<ActionState> {
  const user = await requireUser();
  return keptSession(await signOutOtherSessionsFor(user.id, await requestFacts()));
}
