"use server";

import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { saveMyEmailPreferences } from "@/lib/profile/email-preferences-data";
import { preferenceFields } from "@/lib/profile/notification-preferences";

/** Acts on the session's own account (NX-2): saveMyEmailPreferences calls requireUser itself. */
export async function saveEmailPreferencesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveMyEmailPreferences(readForm(formData, preferenceFields));
}
