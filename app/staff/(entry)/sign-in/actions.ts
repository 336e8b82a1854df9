"use server";
import { redirect } from "next/navigation";
import { errorState, readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { staffEnrolPath, staffSecondStepPath } from "@/lib/staff/guard";
import { setStaffCookie } from "@/lib/staff/session";
import { signInStaffWithPassword } from "@/lib/staff/sign-in";

const fields = ["email", "password"] as const;

/** Staff sign-in, first factor: email and password; then the second step (or enrolment). */
export async function staffSignInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData, fields);
  const missing: Record<string, string> = {};
  if (!values.email.trim()) missing.email = "Enter your work email address.";
  if (!values.password) missing.password = "Enter your password.";
  if (Object.keys(missing).length > 0) return errorState(missing, values);
  const result = await signInStaffWithPassword(values.email, values.password, await requestFacts());
  if (!result.ok) return errorState({ email: result.message }, values);
  await setStaffCookie(result.token);
  redirect(result.next === "enrol" ? staffEnrolPath : staffSecondStepPath);
}
