"use server";
import { headers } from "next/headers";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { askForUsernameReminder, forgotUsernameFields, recoveryAnswer } from "@/lib/recovery/recovery-requests";
import { clientIpFrom } from "@/lib/platform/security/client-ip";

export async function forgotUsernameAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, forgotUsernameFields);
  return recoveryAnswer(await askForUsernameReminder(values, clientIpFrom(await headers())), values);
}
