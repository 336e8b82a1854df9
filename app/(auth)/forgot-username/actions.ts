"use server";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { askForUsernameReminder, forgotUsernameFields, recoveryAnswer } from "@/lib/recovery/recovery-requests";

export async function forgotUsernameAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, forgotUsernameFields);
  return recoveryAnswer(await askForUsernameReminder(values, await requestFacts()), values);
}
