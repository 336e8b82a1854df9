import "server-only";
import { inArray } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import type { Executor } from "@/lib/platform/db/client";
import { staffMembers, staffPasswordHashes, staffTotpFactors } from "@/lib/platform/db/schema";
import { encryptPii } from "@/lib/platform/security/pii";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { demoStaff } from "./demo-staff";
import { stableUuid } from "./prng";

/**
 * The demo staff (demo-staff.ts) with their password and a confirmed authenticator. Never in
 * production: published credentials to the console would be a way into everyone's records.
 */
export async function seedDemoStaff(executor: Executor): Promise<{ created: number; refused: boolean }> {
  if (getConfig().isProduction) return { created: 0, refused: true };
  const ids = demoStaff.map((member) => stableUuid(`demo-staff:${member.key}`));
  const existing = new Set((await executor.select({ id: staffMembers.id }).from(staffMembers).where(inArray(staffMembers.id, ids))).map((row) => row.id));
  let created = 0;
  for (const member of demoStaff) {
    const id = stableUuid(`demo-staff:${member.key}`);
    if (existing.has(id)) continue;
    const hash = await hashPassword(member.password);
    const sealed = member.totpSecret ? encryptPii(member.totpSecret, "totp-secret") : null;
    await executor.transaction(async (tx) => {
      await tx.insert(staffMembers).values({ id, email: member.email, name: member.name, roles: member.roles });
      await tx.insert(staffPasswordHashes).values({ staffId: id, hash });
      if (sealed) await tx.insert(staffTotpFactors).values({ staffId: id, secretCiphertext: sealed.ciphertext, secretKeyId: sealed.keyId, confirmedAt: now() });
    });
    created += 1;
  }
  return { created, refused: false };
}
