import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { educatorNames } from "@/lib/platform/db/schema";
import { fingerprint, nameSearchValue } from "@/lib/platform/security/pii";

/**
 * The account search's compound fingerprints (last|first|DOB|SSN last four, PII-5) of every name of a
 * record, rebuilt after its date of birth or SSN changed, so the search finds the new values and no
 * longer the old ones. Written under the current key, as a new record's would be.
 */
export async function rebuildNameFingerprints(executor: Executor, educatorId: string, facts: { dateOfBirth: string; ssnLastFour: string }): Promise<void> {
  const names = await executor.select({ id: educatorNames.id, firstName: educatorNames.firstName, lastName: educatorNames.lastName }).from(educatorNames).where(eq(educatorNames.educatorId, educatorId));
  for (const name of names) {
    const print = fingerprint("name-search", nameSearchValue({ firstName: name.firstName, lastName: name.lastName, ...facts }));
    await executor.update(educatorNames).set({ searchFingerprint: print.value, searchFingerprintKeyId: print.keyId }).where(eq(educatorNames.id, name.id));
  }
}
