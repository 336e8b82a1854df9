"use server";

import { revalidatePath } from "next/cache";
import { answerInformationRequest, withdrawApplication } from "@/lib/applications/applications-data";
import { informationAnswerFields, withdrawFields } from "@/lib/applications/after-submission";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";

/** Both act only on the session's own application (NX-2): the form's id is looked up among theirs. */
export async function withdrawApplicationAction(_previous: ActionState<never, "withdrawn">, formData: FormData): Promise<ActionState<never, "withdrawn">> {
  const state = await withdrawApplication(readForm(formData, withdrawFields));
  if (state.status === "ok") revalidatePath("/", "layout");
  return state;
}

export async function answerInformationRequestAction(_previous: ActionState<"informationAnswer", "answered">, formData: FormData): Promise<ActionState<"informationAnswer", "answered">> {
  const state = await answerInformationRequest(readForm(formData, informationAnswerFields));
  if (state.status === "ok") revalidatePath("/", "layout");
  return state;
}
