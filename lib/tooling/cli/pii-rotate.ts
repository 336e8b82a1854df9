// `npm run pii:rotate [-- --batch-size N]`: moves every stored SSN ciphertext and fingerprint, and every
// other value sealed under the PII keys (authenticator secrets, corrected SSNs, queued emails, recovery
// requests), to the current (first) keys of PII_ENCRYPTION_KEYS and PII_FINGERPRINT_KEYS
// (lib/platform/security/rotate-pii.ts).
//
// Operator procedure (rotate either list, or both at once):
//   1. Generate a key (`openssl rand -base64 32`) and put it FIRST in the list with a new id, keeping
//      the old keys after it: PII_ENCRYPTION_KEYS=k2:NEW...,k1:OLD... (same for PII_FINGERPRINT_KEYS).
//      Deploy every instance. From then on new rows are written under k2, and lookups try k2 then k1,
//      so records written under k1 are still found.
//   2. Run `npm run pii:rotate` once, with the same environment, while the portal keeps serving. It is
//      safe to interrupt and re-run: it continues where it stopped, and does nothing when done.
//   3. When it reports "complete", remove the old key from the list(s) and deploy again. Keep the old
//      key in the secret manager until the backups made before step 2 have expired: those backups
//      still need it.
//
// Exit status: 0 when every row is under the current keys; 1 when rows remain (locked throughout by
// other transactions, or written by an instance still on the old list: re-run after fixing that) or
// on an error. Output names key ids, record ids and counts only, never PII.
import "./load-env";
import { closeDatabase, getDatabase } from "@/lib/platform/db/client";
import { currentPiiKeys } from "@/lib/platform/security/pii";
import { PiiRotationError, rotatePii } from "@/lib/platform/security/rotate-pii";

function batchSizeFrom(args: string[]): number {
  const index = args.findIndex((arg) => arg === "--batch-size" || arg.startsWith("--batch-size="));
  if (index === -1) return 1_000;
  const raw = args[index]!.includes("=") ? args[index]!.split("=")[1] : args[index + 1];
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 100_000) throw new PiiRotationError("--batch-size needs a whole number from 1 to 100000.");
  return size;
}

async function main() {
  const batchSize = batchSizeFrom(process.argv.slice(2));
  const keys = currentPiiKeys();
  const older = (list: { id: string }[]) => list.slice(1).map((key) => key.id).join(", ") || "none";
  console.log(
    `Rotating PII to encryption key "${keys.encryption[0]!.id}" (older: ${older(keys.encryption)}) and ` +
      `fingerprint key "${keys.fingerprint[0]!.id}" (older: ${older(keys.fingerprint)}), ${batchSize} records per batch.`,
  );
  const result = await rotatePii(getDatabase().db, keys, {
    batchSize,
    onProgress: (progress) => {
      const perSecond = Math.round(progress.educators / Math.max(progress.elapsedMs / 1000, 0.001));
      console.log(`  batch ${progress.batches}: ${progress.educators} records, ${progress.names} names so far (${perSecond} records/s)`);
    },
  });
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  console.log(
    `Rotated ${result.educators} records and ${result.names} names in ${result.batches} batches, and ${result.sealed} other sealed ` +
      `values (authenticator secrets, corrected SSNs, queued emails, recovery requests) (${seconds} s).`,
  );
  if (!result.complete) {
    console.error(
      `Not complete: ${result.remaining.educators} records, ${result.remaining.names} names and ${result.remaining.sealed} other sealed values are still under older keys ` +
        "(locked by other transactions, or written by an instance with the old key list). Run pii:rotate again; " +
        "do not remove the old keys yet.",
    );
    process.exitCode = 1;
  } else {
    console.log("Every row is under the current keys; the older keys can now be removed from the lists.");
  }
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  // rotatePii's own errors and ConfigError are written to be printed; others here come from
  // parameterless queries or the connection, so their messages carry no PII either.
  console.error("PII rotation failed:", error instanceof Error ? error.message : String(error));
  await closeDatabase().catch(() => {});
  process.exit(1);
});
