"use server";

import { revalidatePath } from "next/cache";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { contactFields } from "@/lib/profile/contact-form";
import { nameChangeFields } from "@/lib/profile/name-change-form";
import { requestNameChange, saveContactDetails } from "@/lib/profile/profile-data";

/** Both act on the session's own account (NX-2): the data functions call requireUser themselves. */
export async function requestNameChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await requestNameChange(readForm(formData, nameChangeFields));
  if (state.status === "ok") revalidatePath("/", "layout");
  return state;
}

export async function saveContactDetailsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveContactDetails(readForm(formData, contactFields));
}
