"use server";
import { redirect } from "next/navigation";
import { linkPendingMicrosoftAccountAfterSignIn } from "@/lib/auth/microsoft-link";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { signInFields, signInWithPassword } from "@/lib/sign-in/sign-in-with-password";

/** Sign in with username and password, then link this browser's pending Microsoft identity (AJS-7). */
export async function linkWithPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await signInWithPassword(readForm(formData, signInFields));
  if (result.kind === "change-password") redirect(result.location);
  if (result.kind === "refused") return { status: "error", fieldErrors: result.fieldErrors, formError: result.message, values: { username: result.username } };
  await linkPendingMicrosoftAccountAfterSignIn(result.userId);
  redirect("/dashboard");
}
