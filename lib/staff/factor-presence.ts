import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { staffRecoveryCodes, staffTotpFactors } from "@/lib/platform/db/schema";

/** Whether a staff member has a confirmed authenticator (or an unused recovery code to stand in for it). */
export async function staffHasSecondFactor(staffId: string, executor: Executor = db): Promise<boolean> {
  const [row] = await executor
    .select({ found: sql<number>`1` })
    .from(staffTotpFactors)
    .where(and(eq(staffTotpFactors.staffId, staffId), isNotNull(staffTotpFactors.confirmedAt)))
    .limit(1);
  if (row) return true;
  const [code] = await executor
    .select({ found: sql<number>`1` })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.staffId, staffId), isNull(staffRecoveryCodes.usedAt)))
    .limit(1);
  return Boolean(code);
}
