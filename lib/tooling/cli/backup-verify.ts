// `npm run backup:verify`: after restoring a backup (README "Backups"), proves the restored database
// and the PII keys in this environment belong together: every stored SSN decrypts with
// PII_ENCRYPTION_KEYS, and its fingerprint under PII_FINGERPRINT_KEYS is the stored one (so lookups
// will find it). Prints counts only, never an SSN. Exit 0 when every record passes and there is at
// least one; 1 otherwise (a missing or wrong key, a damaged restore, an empty database).
import "./load-env";
import { closeDatabase, db } from "@/lib/platform/db/client";
import { educators } from "@/lib/platform/db/schema";
import { decryptPii, fingerprintsForLookup, sameFingerprint } from "@/lib/platform/security/pii";

async function main() {
  const rows = await db
    .select({ ciphertext: educators.ssnCiphertext, keyId: educators.ssnKeyId, print: educators.ssnFingerprint, printKeyId: educators.ssnFingerprintKeyId })
    .from(educators);
  let failed = 0;
  for (const row of rows) {
    try {
      const ssn = decryptPii(row.ciphertext, row.keyId, "ssn");
      const match = fingerprintsForLookup("ssn", ssn).find((print) => print.keyId === row.printKeyId);
      if (!match || !sameFingerprint(match.value, row.print)) failed += 1;
    } catch {
      failed += 1;
    }
  }
  console.log(`Checked ${rows.length} records: ${rows.length - failed} decrypt and match their fingerprints, ${failed} do not.`);
  await closeDatabase();
  if (rows.length === 0 || failed > 0) process.exit(1);
}

main().catch(async (error: unknown) => {
  console.error("Backup check failed:", error instanceof Error ? error.message : error);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
