"use server";

import { revalidatePath } from "next/cache";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { retryFields, retryOutboxMessage } from "@/lib/staff/outbox/retry-message";

/** Retry a failed email (admin or support, checked in lib). */
export async function retryOutboxMessageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await retryOutboxMessage(readForm(formData, retryFields));
  if (state.status === "ok") revalidatePath("/staff/outbox");
  return state;
}
