"use server";

import { revalidatePath } from "next/cache";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { emailChangeFields } from "@/lib/profile/email-change-form";
import { requestEmailChange } from "@/lib/profile/sign-in-details-data";

/** "Change email address": the data function takes the person and their sign-in time from the session (NX-2, SES-7). */
export async function requestEmailChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await requestEmailChange(readForm(formData, emailChangeFields));
  if (state.status === "ok") revalidatePath("/profile");
  return state;
}
