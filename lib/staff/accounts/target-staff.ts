import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/platform/db/client";
import { staffMembers, type StaffMember } from "@/lib/platform/db/schema";

/**
 * The staff member an administrator's change is about, locked for the change's transaction, and the
 * last-admin rule: the console never ends up without an active administrator (issue 15 item 2).
 */
export type AccountChangeResult = { ok: true } | { ok: false; message: string; field?: "roles" };

export const notFound: AccountChangeResult = { ok: false, message: "That staff account no longer exists." };

export async function lockTargetStaff(tx: Executor, staffId: string): Promise<StaffMember | null> {
  if (!z.uuid().safeParse(staffId).success) return null;
  const [row] = await tx.select().from(staffMembers).where(eq(staffMembers.id, staffId)).for("update");
  return row ?? null;
}

/** Whether any active administrator other than `staffId` remains (rows locked, so two admins cannot demote each other at once). */
export async function anotherActiveAdmin(tx: Executor, staffId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(sql`'admin' = any(${staffMembers.roles}) and ${staffMembers.disabledAt} is null`)
    .for("update");
  return rows.some((row) => row.id !== staffId);
}
