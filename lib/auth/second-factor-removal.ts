import "server-only";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { cancelRemoval, sendRemovalLink, startRemovalWait } from "@/lib/second-factor/factor-removal";
import { secondStepHolder } from "./second-step-ticket";

/**
 * The "Can't use your second factor?" entry points (MFA-12). Asking for the link needs this browser's
 * live second-step ticket, so only someone who just gave the right password can ask; the two emailed
 * links are their own proof (single-use tokens).
 */
export async function requestRemovalLink(): Promise<"sent" | "throttled" | "expired"> {
  const holder = await secondStepHolder();
  if (!holder) return "expired";
  return sendRemovalLink(holder.userId, await requestFacts());
}

export async function confirmRemovalLink(token: string): Promise<Date | null> {
  return startRemovalWait(token, await requestFacts());
}

export async function cancelRemovalLink(token: string): Promise<boolean> {
  return cancelRemoval(token, await requestFacts());
}
