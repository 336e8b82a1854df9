import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { accountHeaderFor } from "./panel-queries";
import type { AccountHeader } from "./panel-views";

export type { AccountHeader };

/** What the top bar shows: the signed-in person's name and unread count, in one query. */
export async function accountHeader(): Promise<AccountHeader> {
  const user = await requireUser();
  return accountHeaderFor(user.id);
}
