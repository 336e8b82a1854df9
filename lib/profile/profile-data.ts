import "server-only";
import { requireUser } from "@/lib/auth/guards";
import type { FormState } from "@/lib/forms/form-state";
import { contactValuesFor, saveContactDetailsFor } from "./contact";
import { latestNameChangeFor, requestNameChangeFor } from "./name-change";
import { recordFor } from "./record";

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

export async function requestNameChange(values: Record<string, string>): Promise<FormState> {
  const user = await requireUser();
  return requestNameChangeFor(user.id, values);
}

export async function saveContactDetails(values: Record<string, string>): Promise<FormState> {
  const user = await requireUser();
  return saveContactDetailsFor(user.id, values);
}
