"use server";
import { tooManyRequests, type RecoveryFormState } from "@/lib/recovery/form-state";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";
import { requestFacts } from "@/lib/platform/request/request-facts";

export async function forgotPasswordAction(_previous: RecoveryFormState, formData: FormData): Promise<RecoveryFormState> {
  const value = String(formData.get("identifier") ?? "").trim().slice(0, 254);
  if (!value) return { status: "error", value, fieldError: "Enter your username or email address" };
  const gate = await requestPasswordReset(value, await requestFacts());
  if (!gate.allowed) return { status: "error", value, message: tooManyRequests(gate.retryAfterSeconds) };
  return { status: "sent" };
}
