"use server";

import { revalidatePath } from "next/cache";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { secondReviewerRuleFields, setSecondReviewerRule } from "@/lib/staff/application-types/second-reviewer-rule";

/** The two-person rule of one application type (role admin, checked in lib); the page shows the new rule. */
export async function setSecondReviewerRuleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await setSecondReviewerRule(readForm(formData, secondReviewerRuleFields));
  if (state.status === "ok") revalidatePath("/staff/application-types");
  return state;
}
