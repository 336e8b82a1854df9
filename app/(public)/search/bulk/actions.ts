"use server";

import { redirect } from "next/navigation";
import { maxBulkBytes, parseBulkCsv } from "@/lib/search/bulk-csv";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import type { BulkOutcome } from "@/lib/search/bulk-state";
import { verifyBulk } from "@/lib/search/bulk-verify";
import { countBulkVerification } from "@/lib/search/rate-limits";
import { tooManyRequestsPath } from "@/lib/platform/security/too-many-requests";
import { requestFacts } from "@/lib/platform/request/request-facts";

/** Bulk verification: public (no sign-in), throttled per client IP, nothing stored. */
export async function bulkVerifyAction(_previous: ActionState<"file", BulkOutcome>, formData: FormData): Promise<ActionState<"file", BulkOutcome>> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return errorState({ file: "Choose a CSV file to upload" }, {});
  if (file.size > maxBulkBytes) return errorState({ file: "The file must be smaller than 100 KB (500 rows)" }, {});
  const parsed = parseBulkCsv(await file.text());
  if (!parsed.ok) return errorState({ file: parsed.error }, {});
  const limit = await countBulkVerification((await requestFacts()).ip);
  if (!limit.allowed) redirect(tooManyRequestsPath("search", limit.retryAfterSeconds));
  const results = await verifyBulk(parsed.entries);
  return { status: "ok", fieldErrors: {}, values: {}, outcome: { fileName: file.name.slice(0, 100), results } };
}
