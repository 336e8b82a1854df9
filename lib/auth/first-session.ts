import "server-only";
import { signIn } from "./index";

/**
 * Starts the session of an account created a moment ago with the ticket its transaction issued
 * (session-ticket.ts), then goes to `redirectTo`. Call it from the action, outside any try/catch:
 * Auth.js finishes by throwing Next's redirect.
 */
export async function startFirstSession(created: { userId: string; sessionTicket: string }, redirectTo = "/dashboard"): Promise<void> {
  await signIn("credentials", { userId: created.userId, ticket: created.sessionTicket, redirectTo });
}
