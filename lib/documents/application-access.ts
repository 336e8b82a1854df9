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

/** Registers the rule (once, at start-up); `undefined` forgets it, which tests use to see the closed default. */
export function registerApplicationAccess(check: ApplicationAccessCheck | undefined): void {
  holder.__portalApplicationAccess = check;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/**
 * Fails closed: until the applications feature has registered its rule, no application takes
 * documents or payments (rows are keyed by user_id as well, so even then nobody could reach another
 * person's documents, but nothing should be stored against an application nobody vouched for).
 */
export async function mayChangeApplication(userId: string, applicationId: string, executor: Executor): Promise<boolean> {
  if (!isUuid(applicationId)) return false;
  const check = holder.__portalApplicationAccess;
  return check ? check(userId, applicationId, executor) : false;
}
