import "server-only";
import type { Executor } from "@/lib/platform/db/client";
import { credentialTypes } from "@/lib/platform/db/schema";
import { ensureCredentialTypes, kentuckyCredentialTypes } from "@/lib/credentials/credential-types";

/**
 * Credential type code (upper case) → id. A real run upserts the agency's vocabulary first, as the seed
 * does. A dry run writes nothing, so it reads what is there and stands in a placeholder id (never a
 * real one: ids are positive) for each vocabulary code not yet inserted; such a code cannot match an
 * existing credential anyway, so both runs accept and reject the same lines.
 */
export async function credentialTypeIds(executor: Executor, options: { dryRun: boolean }): Promise<Map<string, number>> {
  const byCode = new Map<string, number>();
  if (!options.dryRun) {
    for (const [code, id] of await ensureCredentialTypes(executor)) byCode.set(code.toUpperCase(), id);
    return byCode;
  }
  const rows = await executor.select({ id: credentialTypes.id, code: credentialTypes.code }).from(credentialTypes);
  for (const row of rows) byCode.set(row.code.toUpperCase(), row.id);
  let placeholder = 0;
  for (const definition of kentuckyCredentialTypes) {
    if (!byCode.has(definition.code.toUpperCase())) byCode.set(definition.code.toUpperCase(), (placeholder -= 1));
  }
  return byCode;
}
