import { z } from "zod";
import { toEntry, maxBulkRows, type BulkEntry } from "./bulk-csv";
import type { BulkVerification } from "./dto";

/** What the bulk verification form shows under itself after a good upload (the outcome of its ActionState). */
export type BulkOutcome = { fileName: string; results: BulkVerification[] };

/** The rows the CSV download checks again: what was uploaded, by row (an SSN typed by mistake left out). */
export function downloadPayload(results: BulkVerification[]): string {
  return JSON.stringify(results.map(({ row, input }) => [row, input]));
}

/** NX-5: the download's form body; the payload is at most 64 KB, so anything far larger is refused unread. */
export const maxDownloadBodyBytes = 256 * 1024;

const payloadSchema = z
  .array(z.tuple([z.number().int().min(1).max(1_000_000), z.string().max(40)]))
  .min(1)
  .max(maxBulkRows);

/** Reads the download form's payload back into entries; null when it was tampered with. */
export function entriesFromPayload(raw: unknown): BulkEntry[] | null {
  if (typeof raw !== "string" || raw.length > 64 * 1024) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.map(([row, input]) => toEntry(row, input)) : null;
  } catch {
    return null;
  }
}
