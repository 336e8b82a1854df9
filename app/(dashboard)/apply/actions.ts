"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { saveApplicationStep, submitApplicationStep } from "@/lib/applications/applications-data";
import { readWizardForm } from "@/lib/applications/wizard-form";
import type { ActionState } from "@/lib/platform/forms/action-state";

/** Both act on the session's own draft (NX-2): the data functions call requireUser themselves. */
export async function saveApplicationStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { state, redirectTo } = await saveApplicationStep(readWizardForm(formData));
  if (redirectTo && state.status !== "error") redirect(redirectTo);
  return state;
}

export async function submitApplicationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { state, redirectTo } = await submitApplicationStep(readWizardForm(formData));
  if (redirectTo && state.status !== "error") {
    revalidatePath("/", "layout");
    redirect(redirectTo);
  }
  return state;
}
