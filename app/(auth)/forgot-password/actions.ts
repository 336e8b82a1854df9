"use server";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { askForPasswordReset, forgotPasswordFields, recoveryAnswer } from "@/lib/recovery/recovery-requests";

export async function forgotPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, forgotPasswordFields);
  return recoveryAnswer(await askForPasswordReset(values, await requestFacts()), values);
}
