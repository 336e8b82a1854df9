import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { accountSummaryFor } from "@/lib/dashboard/panel-queries";
import type { AccountSummary } from "@/lib/dashboard/panel-views";

export type { AccountSummary };

/**
 * What the signed-in shell shows about its person: the name to greet and whether the email is still
 * to be confirmed. Only the caller's own account (requireUser), and only these three facts.
 */
export async function getMyAccountSummary(): Promise<AccountSummary> {
  const { id } = await requireUser();
  return accountSummaryFor(id);
}
