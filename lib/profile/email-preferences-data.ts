import "server-only";
import { requireUser } from "@/lib/auth/guards";
import type { ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { emailPreferencesFor, saveEmailPreferencesFor, type EmailPreferences } from "./notification-preferences";

/** The signed-in person's email choices (the profile's "Emails we send you"). */
export async function myEmailPreferences(): Promise<EmailPreferences> {
  const user = await requireUser();
  return emailPreferencesFor(user.id);
}

/** Saves the signed-in person's choices; the person comes from the session, never from the form. */
export async function saveMyEmailPreferences(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return saveEmailPreferencesFor(user.id, values, await requestFacts());
}
