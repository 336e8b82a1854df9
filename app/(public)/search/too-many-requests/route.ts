import { getBranding } from "@/lib/platform/config/branding";
import { retryAfterFrom, tooManyRequestsResponse } from "@/lib/platform/security/too-many-requests";

export const dynamic = "force-dynamic";

/** Where a throttled search lands: HTTP 429, Retry-After and a friendly static page (RL-12, RL-13). */
export function GET(request: Request) {
  return tooManyRequestsResponse(getBranding(), retryAfterFrom(request), "search");
}
