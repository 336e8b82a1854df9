"use server";

import { redirect } from "next/navigation";
import { maxBulkBytes, parseBulkCsv } from "@/lib/search/bulk-csv";
import type { BulkState } from "@/lib/search/bulk-state";
import { verifyBulk } from "@/lib/search/bulk-verify";
import { countBulkVerification } from "@/lib/search/rate-limits";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { requestFacts } from "@/lib/platform/request/request-facts";

/** Bulk verification: public (no sign-in), throttled per client IP, nothing stored. */
export async function bulkVerifyAction(_previous: BulkState, formData: FormData): Promise<BulkState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", error: "Choose a CSV file to upload" };
  if (file.size > maxBulkBytes) return { status: "error", error: "The file must be smaller than 100 KB (500 rows)" };
  const parsed = parseBulkCsv(await file.text());
  if (!parsed.ok) return { status: "error", error: parsed.error };
  const limit = await countBulkVerification((await requestFacts()).ip);
  if (!limit.allowed) redirect(tooManyRequestsPath("search", limit.retryAfterSeconds));
  const results = await verifyBulk(parsed.entries);
  return { status: "done", fileName: file.name.slice(0, 100), results };
}
