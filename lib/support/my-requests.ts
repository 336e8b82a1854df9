import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { requestLinesFor, type RequestLine } from "./requests-list";

/** "My requests" for the signed-in person only: the account comes from the session, never the page. */
export async function myRequests(): Promise<RequestLine[]> {
  const user = await requireUser();
  return requestLinesFor(user.id);
}
