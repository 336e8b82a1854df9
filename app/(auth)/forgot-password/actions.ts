"use server";
import { headers } from "next/headers";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { askForPasswordReset, forgotPasswordFields, recoveryAnswer } from "@/lib/recovery/recovery-requests";
import { clientIpFrom } from "@/lib/platform/security/client-ip";

export async function forgotPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, forgotPasswordFields);
  return recoveryAnswer(await askForPasswordReset(values, clientIpFrom(await headers())), values);
}
