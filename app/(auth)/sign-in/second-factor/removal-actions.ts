"use server";
import { redirect } from "next/navigation";
import { cancelRemovalLink, confirmRemovalLink, requestRemovalLink } from "@/lib/auth/second-factor-removal";

/** "Email me a link" on the lost-factor page: only with this browser's live second-step ticket. */
export async function requestRemovalLinkAction(): Promise<void> {
  const outcome = await requestRemovalLink();
  redirect(`/sign-in/second-factor/lost?sent=${outcome}`);
}

/** The emailed link's button (a POST, so mail scanners cannot start the wait). */
export async function startRemovalWaitAction(formData: FormData): Promise<void> {
  const due = await confirmRemovalLink(String(formData.get("token") ?? ""));
  redirect(due ? `/sign-in/second-factor/removal?due=${due.getTime()}` : "/sign-in/second-factor/removal?expired=1");
}

/** The warning email's cancel button. */
export async function cancelRemovalAction(formData: FormData): Promise<void> {
  const cancelled = await cancelRemovalLink(String(formData.get("token") ?? ""));
  redirect(cancelled ? "/sign-in/second-factor/cancel-removal?cancelled=1" : "/sign-in/second-factor/cancel-removal?expired=1");
}
