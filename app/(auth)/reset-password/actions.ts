"use server";
import { redirect } from "next/navigation";
import { errorState, outcomeState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { forgetForcedChange } from "@/lib/recovery/forced-change-cookie";
import { resetFields, resetPassword, type ResetLinkOutcome } from "@/lib/recovery/reset-password";

/** The reset form's POST: the only step that uses the token up (a mail scanner's GET cannot). */
export async function resetPasswordAction(_previous: ActionState<string, ResetLinkOutcome>, formData: FormData): Promise<ActionState<string, ResetLinkOutcome>> {
  const result = await resetPassword({ ...readForm(formData, resetFields), request: await requestFacts() });
  if (result.ok) {
    await forgetForcedChange();
    redirect("/?notice=password-changed");
  }
  if (result.kind === "invalid-link") return outcomeState({ kind: "invalid-link" }, "error");
  return errorState({ [result.field]: result.message }, {});
}
