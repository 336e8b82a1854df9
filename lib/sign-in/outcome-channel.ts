import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { SignInOutcome } from "./attempt-sign-in";

/**
 * Auth.js runs `authorize()` inside the sign-in Server Action's own call (same process, same async
 * context), but can only report "failed". This channel carries the detailed outcome back to the
 * action, so the page can say "try again in 2 minutes" without the reason ever reaching a URL (AJS-10).
 */
type Channel = { browserId?: string; outcome?: SignInOutcome };

const storage = new AsyncLocalStorage<Channel>();

export function withSignInChannel<T>(browserId: string | undefined, run: (channel: Channel) => Promise<T>): Promise<T> {
  const channel: Channel = { browserId };
  return storage.run(channel, () => run(channel));
}

export function currentSignInChannel(): Channel | undefined {
  return storage.getStore();
}
