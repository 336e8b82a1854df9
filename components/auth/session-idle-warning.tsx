import { currentUser } from "@/lib/auth/guards";
import { getConfig } from "@/lib/platform/config/env";
import { IdleWarning } from "./idle-warning";

/**
 * Mount once in a layout: renders the idle warning only for a signed-in visitor, with the idle limit
 * read at run time from SESSION_IDLE_MINUTES (the same number that sets the session's lifetime).
 */
export async function SessionIdleWarning() {
  if (!(await currentUser())) return null;
  return <IdleWarning idleSeconds={getConfig().SESSION_IDLE_MINUTES * 60} />;
}
