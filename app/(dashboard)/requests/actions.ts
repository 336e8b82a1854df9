"use server";

import { revalidatePath } from "next/cache";
import { readForm } from "@/lib/platform/forms/action-state";
import { followUpFields, type FollowUpState } from "@/lib/support/follow-up";
import { sendFollowUp } from "@/lib/support/my-requests";

/** The educator's message in their own support thread (NX-2: the data function asks the session itself). */
export async function sendFollowUpAction(_previous: FollowUpState, formData: FormData): Promise<FollowUpState> {
  const state = await sendFollowUp(readForm(formData, followUpFields));
  if (state.status === "ok") revalidatePath("/requests");
  return state;
}
