import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { registerApplicationAccess } from "@/lib/documents";
import type { Executor } from "@/lib/platform/db/client";
import { applications } from "@/lib/platform/db/schema";

/**
 * The applications feature's rule for documents and payments (lib/documents fails closed without
 * one): the person's own application, while it is a draft or the agency has asked for information.
 * Another person's id, or a submitted application, takes nothing.
 */
export async function ownEditableApplication(userId: string, applicationId: string, executor: Executor): Promise<boolean> {
  const [row] = await executor
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.userId, userId), inArray(applications.status, ["draft", "information_requested"])));
  return Boolean(row);
}

/** Started by instrumentation.ts, with the fee's paid-handler. */
export function registerApplicationDocumentAccess(): void {
  registerApplicationAccess(ownEditableApplication);
}
