import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/lib/platform/db/client";
import { educators, users } from "@/lib/platform/db/schema";
import { normalizePublicId } from "@/lib/records/public-id";

export type RecordTarget = { educatorId: string; publicId: string; userId: string | null };

/**
 * The record a console form names by its public ID (a hidden field), and the account on it if any.
 * Callers have already asked requireStaff for their role; the form's ID is only ever looked up, never trusted.
 */
export async function recordTargetFor(publicId: string | undefined, executor: Executor = db): Promise<RecordTarget | null> {
  const normalised = normalizePublicId(publicId ?? "");
  if (!normalised) return null;
  const [row] = await executor
    .select({ educatorId: educators.id, publicId: educators.publicId, userId: users.id })
    .from(educators)
    .leftJoin(users, eq(users.educatorId, educators.id))
    .where(eq(educators.publicId, normalised))
    .limit(1);
  return row ?? null;
}
