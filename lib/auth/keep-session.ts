import "server-only";
import type { Session } from "next-auth";
import { updateSession } from "./index";

/**
 * Moves the current session to the account's new session version with the ticket from
 * endOtherSessions (session-renewal.ts), re-issuing its cookie in this response. Call it after the
 * change's transaction has committed, from the server action that made the change.
 */
export async function keepThisSession(ticket: string): Promise<void> {
  // The ticket travels in update()'s data; the session's shape does not declare it.
  await updateSession({ renewal: ticket } as unknown as Partial<Session>);
}
