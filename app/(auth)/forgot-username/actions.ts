"use server";
import { z } from "zod";
import { sendUsernameReminder } from "@/lib/recovery/forgot-username";
import { tooManyRequests, type RecoveryFormState } from "@/lib/recovery/form-state";
import { requestFacts } from "@/lib/platform/request/request-facts";

const emailSchema = z.email().max(254);

export async function forgotUsernameAction(_previous: RecoveryFormState, formData: FormData): Promise<RecoveryFormState> {
  const value = String(formData.get("email") ?? "").trim().slice(0, 254);
  if (!value) return { status: "error", value, fieldError: "Enter your email address" };
  if (!emailSchema.safeParse(value).success) return { status: "error", value, fieldError: "Enter an email address in the correct format, like name@example.com" };
  const gate = await sendUsernameReminder(value, await requestFacts());
  if (!gate.allowed) return { status: "error", value, message: tooManyRequests(gate.retryAfterSeconds) };
  return { status: "sent" };
}
