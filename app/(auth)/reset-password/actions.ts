"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { resetFields, resetPassword, type ResetLinkOutcome } from "@/lib/recovery/reset-password";
import { errorState, outcomeState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { clientIpFrom } from "@/lib/platform/security/client-ip";

/** The reset form's POST: the only step that uses the token up (a mail scanner's GET cannot). */
export async function resetPasswordAction(_previous: ActionState<string, ResetLinkOutcome>, formData: FormData): Promise<ActionState<string, ResetLinkOutcome>> {
  const result = await resetPassword({ ...readForm(formData, resetFields), ip: clientIpFrom(await headers()) });
  if (result.ok) redirect("/?notice=password-changed");
  if (result.kind === "invalid-link") return outcomeState({ kind: "invalid-link" }, "error");
  return errorState({ [result.field]: result.message }, {});
}
