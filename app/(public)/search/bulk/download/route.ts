import { today } from "@/lib/platform/clock";
import { getBranding } from "@/lib/platform/config/branding";
import { bulkResultsCsv } from "@/lib/search/bulk-csv-output";
import { entriesFromPayload, maxDownloadBodyBytes } from "@/lib/search/bulk-state";
import { verifyBulk } from "@/lib/search/bulk-verify";
import { countBulkVerification } from "@/lib/search/rate-limits";
import { readFormWithin } from "@/lib/platform/request/bounded-body";
import { requestFactsFrom } from "@/lib/platform/request/request-facts";
import { tooManyRequestsResponse } from "@/lib/platform/security/too-many-requests";

export const dynamic = "force-dynamic";

const plainText = { "Content-Type": "text/plain; charset=utf-8" };

/**
 * The bulk result as a CSV download. The form on the results page posts back what was uploaded and
 * the records are checked again now, so the file is as current as the moment it was downloaded. It
 * checks as many identifiers as an upload, so it costs the bulk budget, not the public search's
 * (RL-13: otherwise one address could check 500 identifiers per public-search hit).
 */
export async function POST(request: Request) {
  const form = await readFormWithin(request, maxDownloadBodyBytes);
  if (form === "too-large") return new Response("The request was too large.\n", { status: 413, headers: plainText });
  const entries = entriesFromPayload(form?.get("entries"));
  if (!entries) return new Response("The verification list was not valid. Upload the file again.\n", { status: 400, headers: plainText });
  const limit = await countBulkVerification(requestFactsFrom(request.headers).ip);
  if (!limit.allowed) return tooManyRequestsResponse(getBranding(), limit.retryAfterSeconds);
  const csv = bulkResultsCsv(await verifyBulk(entries));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="educator-verification-${today()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
