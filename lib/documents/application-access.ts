import "server-only";
import type { Executor } from "@/lib/platform/db/client";

/**
 * Does `applicationId` belong to `userId`, and may documents still be added to or removed from it?
 * Documents and payments are keyed by the person as well, so without a check one person could only
 * ever touch their own rows; the applications feature registers the real rule (its own draft, not yet
 * submitted, or "information requested") when it starts, with `registerApplicationAccess`.
 */
export type ApplicationAccessCheck = (userId: string, applicationId: string, executor: Executor) => Promise<boolean>;

const holder = globalThis as typeof globalThis & { __portalApplicationAccess?: ApplicationAccessCheck };

export function registerApplicationAccess(check: ApplicationAccessCheck): void {
  holder.__portalApplicationAccess = check;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/**
 * Until an applications table exists (this branch), any well-formed id is the caller's own: every
 * row written is still the caller's (user_id), so nobody reaches another person's documents.
 */
export async function mayChangeApplication(userId: string, applicationId: string, executor: Executor): Promise<boolean> {
  if (!isUuid(applicationId)) return false;
  const check = holder.__portalApplicationAccess;
  return check ? check(userId, applicationId, executor) : true;
}
