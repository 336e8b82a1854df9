import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { applications } from "@/lib/platform/db/schema";

/**
 * Does `applicationId` belong to `userId`, and may documents still be added to or removed from it?
 * Documents and payments are keyed by the person as well, so without a check one person could only
 * ever touch their own rows. The rule is ownEditableApplication below (own draft, or "information
 * requested"); `registerApplicationAccess` replaces it (tests, or a later staff rule).
 */
export type ApplicationAccessCheck = (userId: string, applicationId: string, executor: Executor) => Promise<boolean>;

const holder = globalThis as typeof globalThis & { __portalApplicationAccess?: ApplicationAccessCheck };

export function registerApplicationAccess(check: ApplicationAccessCheck): void {
  holder.__portalApplicationAccess = check;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/**
 * The rule unless another is registered: the person's own application, while it is a draft or the
 * agency has asked for information. Another person's id, or a submitted application, takes nothing.
 */
async function ownEditableApplication(userId: string, applicationId: string, executor: Executor): Promise<boolean> {
  const [row] = await executor
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.userId, userId), inArray(applications.status, ["draft", "information_requested"])));
  return Boolean(row);
}

export async function mayChangeApplication(userId: string, applicationId: string, executor: Executor): Promise<boolean> {
  if (!isUuid(applicationId)) return false;
  const check = holder.__portalApplicationAccess ?? ownEditableApplication;
  return check(userId, applicationId, executor);
}
