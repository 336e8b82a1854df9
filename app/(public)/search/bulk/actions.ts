"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/platform/db/client";
import { maxBulkBytes, parseBulkCsv } from "@/lib/search/bulk-csv";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import type { BulkOutcome } from "@/lib/search/bulk-state";
import { verifyBulk } from "@/lib/search/bulk-verify";
import { countBulkVerification, tooManyRequestsPath } from "@/lib/search/rate-limits";
import { clientIpFrom } from "@/lib/platform/security/client-ip";

/** Bulk verification: public (no sign-in), throttled per client IP, nothing stored. */
export async function bulkVerifyAction(_previous: ActionState<"file", BulkOutcome>, formData: FormData): Promise<ActionState<"file", BulkOutcome>> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return errorState({ file: "Choose a CSV file to upload" }, {});
  if (file.size > maxBulkBytes) return errorState({ file: "The file must be smaller than 100 KB (500 rows)" }, {});
  const parsed = parseBulkCsv(await file.text());
  if (!parsed.ok) return errorState({ file: parsed.error }, {});
  const limit = await countBulkVerification(clientIpFrom(await headers()));
  if (!limit.allowed) redirect(tooManyRequestsPath(limit));
  const results = await verifyBulk(db, parsed.entries);
  return { status: "ok", fieldErrors: {}, values: {}, outcome: { fileName: file.name.slice(0, 100), results } };
}
