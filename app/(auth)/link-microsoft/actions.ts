"use server";
import { redirect } from "next/navigation";
import { linkPendingMicrosoftAccount } from "@/lib/auth/microsoft-link";
import { requestFacts } from "@/lib/platform/request/request-facts";
import type { SignInFormState } from "@/lib/sign-in/form-state";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

/** Sign in with username and password, then link this browser's pending Microsoft identity (AJS-7). */
export async function linkWithPasswordAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const result = await signInWithPassword(formData);
  if (result.kind === "change-password") redirect(result.location);
  if (result.kind === "refused") return result.state;
  await linkPendingMicrosoftAccount(result.userId, await requestFacts());
  redirect("/dashboard");
}
