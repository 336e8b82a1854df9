"use server";
import { redirect } from "next/navigation";
import { linkPendingMicrosoftAccount } from "@/lib/auth/microsoft-link";
import { signInFields, signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";

/** Sign in with username and password, then link this browser's pending Microsoft identity (AJS-7). */
export async function linkWithPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await signInWithPassword(readForm(formData, signInFields));
  if (result.kind === "change-password" || result.kind === "second-factor") redirect(result.location);
  if (result.kind === "refused") return { status: "error", fieldErrors: result.fieldErrors, formError: result.message, values: { username: result.username } };
  await linkPendingMicrosoftAccount(result.userId, await requestFacts());
  redirect("/dashboard");
}
