import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/lib/platform/db/client";

/** True when the database answers a query within the deadline; never throws, never says why. */
export async function checkDatabaseHealth(timeoutMs = 3_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = getDatabase()
    .db.execute(sql`select 1`)
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([probe, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
