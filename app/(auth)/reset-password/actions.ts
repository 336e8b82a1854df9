"use server";
import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/recovery/reset-password";
import type { ResetFormState } from "@/lib/recovery/reset-form-state";
import { requestFacts } from "@/lib/platform/request/request-facts";

/** The reset form's POST: the only step that uses the token up (a mail scanner's GET cannot). */
export async function resetPasswordAction(_previous: ResetFormState, formData: FormData): Promise<ResetFormState> {
  const result = await resetPassword({
    token: String(formData.get("token") ?? ""),
    password: String(formData.get("password") ?? ""),
    confirmPassword: String(formData.get("confirmPassword") ?? ""),
    request: await requestFacts(),
  });
  if (result.ok) redirect("/?notice=password-changed");
  if (result.kind === "invalid-link") return { status: "invalid-link" };
  return { status: "error", fieldErrors: { [result.field]: result.message } };
}
