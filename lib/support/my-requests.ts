import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { sendFollowUpFor, type FollowUpState } from "./follow-up";
import { requestLinesFor, type RequestLine } from "./requests-list";

/** "My requests" for the signed-in person only: the account comes from the session, never the page. */
export async function myRequests(): Promise<RequestLine[]> {
  const user = await requireUser();
  return requestLinesFor(user.id);
}

/** A message in one of the signed-in person's own support threads (the id in the form is looked up among theirs). */
export async function sendFollowUp(values: Record<"supportRequestId" | "message", string>): Promise<FollowUpState> {
  const user = await requireUser();
  return sendFollowUpFor(user.id, values, await requestFacts());
}
