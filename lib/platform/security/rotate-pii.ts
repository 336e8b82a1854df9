import "server-only";
import type { Executor } from "@/lib/platform/db/client";
import { piiKeyUsage, rowsNotOnCurrentKeys, unknownKeyProblems } from "./pii-key-usage";
import type { PiiKeys } from "./pii";
import { PiiRotationError, rotateBatch, type BatchOutcome } from "./rotate-pii-batch";
import { rotateSealedColumn, sealedColumns } from "./sealed-values";

export { PiiRotationError } from "./rotate-pii-batch";

export type RotationProgress = {
  educators: number;
  names: number;
  /** Other sealed values moved (authenticator secrets, corrected SSNs, queued emails, recovery requests). */
  sealed: number;
  batches: number;
  elapsedMs: number;
};

export type RotationOptions = {
  batchSize?: number;
  /** Stop after this many batches (the rest waits for the next run). */
  maxBatches?: number;
  onProgress?: (progress: RotationProgress) => void;
};

export type RotationResult = RotationProgress & {
  /** Rows still not under the current keys when the run ended (locked throughout, or maxBatches hit). */
  remaining: { educators: number; names: number; sealed: number };
  complete: boolean;
};

/** Passes over the table before giving up on rows that stay locked (each later pass is one query when done). */
const maxPasses = 5;
const retriableCodes = new Set(["40P01", "40001"]);

/**
 * Moves every stored SSN ciphertext and fingerprint to the current (first) keys (PII-3): re-encrypts
 * educators.ssn_ciphertext, re-fingerprints educators.ssn_fingerprint and every
 * educator_names.search_fingerprint, then re-encrypts the other sealed values (sealed-values.ts:
 * authenticator secrets, corrected SSNs, queued emails, recovery requests). The operator procedure
 * is in lib/tooling/cli/pii-rotate.ts.
 *
 * Batches of `batchSize` records, each its own transaction, keyset-paginated by id over rows not yet
 * under the current keys: interrupted, a re-run simply continues; finished, a re-run finds nothing.
 * Rows locked by the portal are skipped, then picked up by a further pass.
 *
 * Why the unique index on educators.ssn_fingerprint keeps meaning "one record per SSN" meanwhile:
 * a row's fingerprint moves from HMAC_old(ssn) to HMAC_new(ssn) inside one transaction, so each SSN
 * sits under exactly one key at any moment. Every instance already writes new rows under the current
 * key (step 1 of the procedure), so two new rows for one SSN still collide in the index; a new row
 * against a not-yet-rotated one is caught by the write path's lookup, which tries every active key.
 * Should a duplicate exist anyway, the rotating UPDATE hits the index and stops, naming the constraint.
 */
export async function rotatePii(executor: Executor, keys: PiiKeys, options: RotationOptions = {}): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 1_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new PiiRotationError("The batch size must be a whole number of at least 1.");
  if (!keys.encryption[0] || !keys.fingerprint[0]) throw new PiiRotationError("No current PII key is configured.");

  const unknown = unknownKeyProblems(await piiKeyUsage(executor), keys);
  if (unknown.length > 0) {
    throw new PiiRotationError(
      `Refusing to rotate: stored rows use keys that are not configured. Nothing was changed.\n  - ${unknown.join("\n  - ")}\n` +
        "Put the missing keys back in the lists (after the current key) and run again.",
    );
  }

  const started = performance.now();
  const progress: RotationProgress = { educators: 0, names: 0, sealed: 0, batches: 0, elapsedMs: 0 };
  const budgetLeft = () => options.maxBatches === undefined || progress.batches < options.maxBatches;
  for (let pass = 1; pass <= maxPasses && budgetLeft(); pass += 1) {
    let after: string | undefined;
    let rotatedThisPass = 0;
    while (budgetLeft()) {
      const batch = await runBatch(executor, keys, after, batchSize, progress.batches + 1);
      if (batch.educators === 0) break;
      after = batch.lastId;
      rotatedThisPass += batch.educators;
      progress.educators += batch.educators;
      progress.names += batch.names;
      progress.batches += 1;
      progress.elapsedMs = performance.now() - started;
      options.onProgress?.({ ...progress });
      if (batch.educators < batchSize) break;
    }
    if (rotatedThisPass === 0) break;
  }

  // The other sealed values (encryption only: none of them is fingerprinted), pass after pass while
  // rows the portal held locked are still being freed.
  for (let pass = 1; pass <= maxPasses && budgetLeft(); pass += 1) {
    let moved = 0;
    for (const column of sealedColumns) moved += await rotateSealedColumn(executor, keys, column, batchSize);
    progress.sealed += moved;
    if (moved === 0) break;
  }

  const remaining = rowsNotOnCurrentKeys(await piiKeyUsage(executor), keys);
  progress.elapsedMs = performance.now() - started;
  return { ...progress, remaining, complete: remaining.educators === 0 && remaining.names === 0 && remaining.sealed === 0 };
}

/** Retries a batch the database aborted as a deadlock victim; any other failure ends the run. */
async function runBatch(executor: Executor, keys: PiiKeys, after: string | undefined, limit: number, number: number): Promise<BatchOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await rotateBatch(executor, keys, after, limit);
    } catch (error) {
      if (error instanceof PiiRotationError) throw error;
      const { code, constraint } = databaseErrorFields(error);
      if (code && retriableCodes.has(code) && attempt < 3) continue;
      // Drizzle's query errors quote the statement's parameters (ciphertexts, fingerprints): never
      // pass them on; the SQLSTATE and constraint name are enough to act on.
      const detail = [code && `SQLSTATE ${code}`, constraint && `constraint ${constraint}`].filter(Boolean).join(", ");
      throw new PiiRotationError(
        `Batch ${number} failed (${detail || (error instanceof Error ? error.name : "unknown error")}) and was rolled back; earlier batches are kept. Run again to continue.`,
      );
    }
  }
}

function databaseErrorFields(error: unknown): { code?: string; constraint?: string } {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return { code: text(cause?.code), constraint: text(cause?.constraint) ?? text(cause?.constraint_name) };
}
